//! The checked value types a link can carry (`View`, `Level`, `EntityRef`, `ArticleRef`, `TopicSlug`) and the normalisation of the search text `q`.

use super::notice::FieldError;
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// Longest search text kept, in characters (256); longer `q` is cut with a notice.
pub const MAX_Q_CHARS: usize = 256;

/// Longest entity id, in characters (80).
pub const MAX_ENTITY_CHARS: usize = 80;

/// Longest topic slug, in characters (64).
pub const MAX_TOPIC_CHARS: usize = 64;

/// Which page the link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum View {
    /// The timeline of meetings (home).
    #[default]
    Timeline,
    /// Ranked search hits for `q`.
    Search,
    /// One article (`article`), in the reader.
    Article,
    /// The list of people, organisations, countries, topics and agreements.
    Entities,
    /// One entity's page (`entity`).
    Entity,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 5] = [
        View::Timeline,
        View::Search,
        View::Article,
        View::Entities,
        View::Entity,
    ];

    /// The name used in links (`timeline`, `search`, `article`, `entities`, `entity`).
    pub fn code(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Search => "search",
            View::Article => "article",
            View::Entities => "entities",
            View::Entity => "entity",
        }
    }

    /// A short English label (`Timeline`, `Search`, ...).
    pub fn label(self) -> &'static str {
        match self {
            View::Timeline => "Timeline",
            View::Search => "Search",
            View::Article => "Article",
            View::Entities => "Entities",
            View::Entity => "Entity",
        }
    }

    /// Reads a view name, any ASCII case, surrounding spaces ignored.
    pub fn parse(s: &str) -> Result<View, FieldError> {
        let s = s.trim();
        View::ALL
            .into_iter()
            .find(|v| v.code().eq_ignore_ascii_case(s))
            .ok_or(FieldError::NotAView)
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The rank of the foreign counterpart met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// A minister (or head of an agency of ministerial rank).
    Minister,
    /// A deputy minister.
    DeputyMinister,
}

impl Level {
    /// Both levels, highest first.
    pub const ALL: [Level; 2] = [Level::Minister, Level::DeputyMinister];

    /// The name used in links (`minister`, `deputy-minister`).
    pub fn code(self) -> &'static str {
        match self {
            Level::Minister => "minister",
            Level::DeputyMinister => "deputy-minister",
        }
    }

    /// A short English label (`minister`, `deputy minister`).
    pub fn label(self) -> &'static str {
        match self {
            Level::Minister => "minister",
            Level::DeputyMinister => "deputy minister",
        }
    }

    /// Reads a level name, any ASCII case, surrounding spaces ignored.
    pub fn parse(s: &str) -> Result<Level, FieldError> {
        let s = s.trim();
        Level::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
            .ok_or(FieldError::NotALevel)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A checked entity id `kind:id` (`person:to-lam`, `country:CN`, `org:vn-mps`):
/// `kind` is `[a-z]+`, `id` is `[A-Za-z0-9-]+`, at most [`MAX_ENTITY_CHARS`] in all.
/// The kind is not checked against a list: the entity tagger owns the kinds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityRef(String);

impl EntityRef {
    /// Reads an entity id (surrounding spaces ignored; case kept: `country:CN` ≠ `country:cn`).
    pub fn parse(s: &str) -> Result<EntityRef, FieldError> {
        let s = s.trim();
        let (kind, id) = s.split_once(':').ok_or(FieldError::NotAnEntity)?;
        let kind_ok = !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_lowercase());
        let id_ok = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !kind_ok || !id_ok {
            return Err(FieldError::NotAnEntity);
        }
        if s.len() > MAX_ENTITY_CHARS {
            return Err(FieldError::TooLong { max: MAX_ENTITY_CHARS });
        }
        Ok(EntityRef(s.to_string()))
    }

    /// The whole id (`person:to-lam`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the colon (`person`).
    pub fn kind(&self) -> &str {
        self.0.split_once(':').map_or("", |(k, _)| k)
    }

    /// The part after the colon (`to-lam`).
    pub fn id(&self) -> &str {
        self.0.split_once(':').map_or("", |(_, i)| i)
    }
}

impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A checked article id: 16 lower-case hexadecimal digits, as [`crate::corpus::ArticleId`] prints.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleRef(String);

impl ArticleRef {
    /// Reads an article id (surrounding spaces ignored; upper-case digits are lowered).
    pub fn parse(s: &str) -> Result<ArticleRef, FieldError> {
        let s = s.trim();
        if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(FieldError::NotAnArticle);
        }
        Ok(ArticleRef(s.to_ascii_lowercase()))
    }

    /// The id (`2eb8f48eb3c8e0c6`), comparable with [`crate::corpus::ArticleId::as_str`].
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same id as a corpus [`crate::corpus::ArticleId`].
    pub fn to_article_id(&self) -> crate::corpus::ArticleId {
        crate::corpus::ArticleId(self.0.clone())
    }
}

impl fmt::Display for ArticleRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A checked topic slug: `[a-z0-9-]+`, at most [`MAX_TOPIC_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TopicSlug(String);

impl TopicSlug {
    /// Reads a slug (surrounding spaces ignored; upper-case ASCII is lowered).
    pub fn parse(s: &str) -> Result<TopicSlug, FieldError> {
        let s = s.trim();
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(FieldError::NotATopic);
        }
        if s.len() > MAX_TOPIC_CHARS {
            return Err(FieldError::TooLong { max: MAX_TOPIC_CHARS });
        }
        Ok(TopicSlug(s.to_ascii_lowercase()))
    }

    /// The slug (`drug-trafficking`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TopicSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The canonical form of search text: NFC, every run of whitespace or control
/// characters made one space, trimmed, cut to [`MAX_Q_CHARS`] characters.
/// Returns the text and whether anything beyond the cut was dropped.
/// Idempotent: `normalize_q(&normalize_q(s).0) == (normalize_q(s).0, false)`.
pub fn normalize_q(s: &str) -> (String, bool) {
    let mut out = String::new();
    let mut count = 0usize;
    let mut gap = false;
    for c in s.nfc() {
        if c.is_whitespace() || c.is_control() {
            gap = true;
            continue;
        }
        if count == MAX_Q_CHARS {
            return (out, true);
        }
        if gap && !out.is_empty() {
            if count + 1 == MAX_Q_CHARS {
                // The space would be the last character kept: drop it and stop.
                return (out, true);
            }
            out.push(' ');
            count += 1;
        }
        gap = false;
        out.push(c);
        count += 1;
    }
    (out, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_views_and_levels() {
        assert_eq!(View::parse(" Search "), Ok(View::Search));
        assert_eq!(View::parse("ENTITIES"), Ok(View::Entities));
        assert_eq!(View::parse("map"), Err(FieldError::NotAView));
        assert_eq!(Level::parse("Deputy-Minister"), Ok(Level::DeputyMinister));
        assert_eq!(Level::parse("deputy minister"), Err(FieldError::NotALevel));
        for v in View::ALL {
            assert_eq!(View::parse(v.code()), Ok(v));
        }
    }

    struct IdCase {
        input: &'static str,
        want: Result<&'static str, FieldError>,
    }

    const ENTITIES: &[IdCase] = &[
        IdCase {
            input: "person:to-lam",
            want: Ok("person:to-lam"),
        },
        IdCase {
            input: "country:CN",
            want: Ok("country:CN"),
        },
        IdCase {
            input: "org:vn-mps",
            want: Ok("org:vn-mps"),
        },
        IdCase {
            input: " person:gerald-darmanin ",
            want: Ok("person:gerald-darmanin"),
        },
        IdCase {
            input: "Person:to-lam",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: "person:",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: ":to-lam",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: "to-lam",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: "person:to lam",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: "person:tô-lâm",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: "a:b:c",
            want: Err(FieldError::NotAnEntity),
        },
        IdCase {
            input: "person:<script>",
            want: Err(FieldError::NotAnEntity),
        },
    ];

    #[test]
    fn reads_entity_ids() {
        for case in ENTITIES {
            let got = EntityRef::parse(case.input);
            assert_eq!(
                got.as_ref().map(EntityRef::as_str),
                case.want.as_ref().copied(),
                "{}",
                case.input
            );
        }
        let long = format!("person:{}", "a".repeat(MAX_ENTITY_CHARS));
        assert_eq!(
            EntityRef::parse(&long),
            Err(FieldError::TooLong { max: MAX_ENTITY_CHARS })
        );
        let e = EntityRef::parse("org:vn-mps").unwrap();
        assert_eq!((e.kind(), e.id()), ("org", "vn-mps"));
    }

    #[test]
    fn reads_article_ids_and_topics() {
        assert_eq!(
            ArticleRef::parse("2EB8F48EB3C8E0C6").unwrap().as_str(),
            "2eb8f48eb3c8e0c6"
        );
        assert_eq!(ArticleRef::parse("2eb8f48eb3c8e0c"), Err(FieldError::NotAnArticle));
        assert_eq!(ArticleRef::parse("2eb8f48eb3c8e0cg"), Err(FieldError::NotAnArticle));
        assert_eq!(ArticleRef::parse("2eb8f48eb3c8e0c6a"), Err(FieldError::NotAnArticle));
        assert_eq!(
            TopicSlug::parse("Drug-Trafficking").unwrap().as_str(),
            "drug-trafficking"
        );
        assert_eq!(TopicSlug::parse("cyber crime"), Err(FieldError::NotATopic));
        assert_eq!(TopicSlug::parse(""), Err(FieldError::NotATopic));
        let long = "a".repeat(MAX_TOPIC_CHARS + 1);
        assert_eq!(
            TopicSlug::parse(&long),
            Err(FieldError::TooLong { max: MAX_TOPIC_CHARS })
        );
    }

    #[test]
    fn normalizes_search_text() {
        let rows: &[(&str, &str, bool)] = &[
            ("  Bộ   Công\tan ", "Bộ Công an", false),
            ("Bo\u{0323}\u{0302} Công an", "Bộ Công an", false),
            ("a\u{0}b", "a b", false),
            ("", "", false),
            (" \n ", "", false),
        ];
        for (input, want, cut) in rows {
            assert_eq!(normalize_q(input), (want.to_string(), *cut), "{input:?}");
        }
        let long = "ab ".repeat(200);
        let (q, cut) = normalize_q(&long);
        assert!(cut);
        assert!(q.chars().count() <= MAX_Q_CHARS);
        assert_eq!(q, q.trim());
    }

    proptest::proptest! {
        #[test]
        fn normalize_q_is_idempotent(s in "\\PC{0,300}|[ab \u{0301}\u{0323}\t]{0,600}") {
            let (once, _) = normalize_q(&s);
            proptest::prop_assert!(once.chars().count() <= MAX_Q_CHARS);
            proptest::prop_assert_eq!(normalize_q(&once), (once.clone(), false));
        }
    }
}
