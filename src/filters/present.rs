//! What the UI shows of the filters: the page title, the removable chips, and how fuzzy meeting dates and partners meet the filters.

use super::{EntityRef, Filters, Key, View};
use crate::date::{Date, PartialDate};
use crate::i18n::{format_partial, strings};
use crate::iso3166::CountryCode;
use crate::lang::Lang;

/// Most characters of the search text shown in a chip or title (40); longer ends in `…`.
const LABEL_MAX_CHARS: usize = 40;

/// More countries than this are counted in the title (`5 countries`) instead of named.
const TITLE_MAX_COUNTRIES: usize = 3;

/// The suffix of every page title.
const APP_NAME: &str = "Counterparts";

/// One active filter as the UI shows it above the timeline: a label and the filters without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// The key it comes from (`q`, `country`, `level`, `from`, `to`, `entity`, `lang`, `topic`).
    pub key: &'static str,
    /// A short label in the interface language (`China`, `from 2019`, `“Bộ Công an”`; `Trung Quốc`, `từ năm 2019`).
    pub label: String,
    /// The filters with this one removed (the chip's × link).
    pub without: Filters,
}

/// How a meeting's possibly fuzzy date relates to the `from`/`to` filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateMatch {
    /// Every day the meeting may have been on lies in the range (or no date filter is set).
    Inside,
    /// No day the meeting may have been on lies in the range.
    Outside,
    /// Some days may and some may not, or the date is not known well enough (e.g. no year).
    Uncertain,
}

fn shorten(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(m: u8) -> &'static str {
    MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
}

/// `2019`, `Apr 2024`, `19 Apr 2024`; in Vietnamese `năm 2019`, `tháng 4 năm 2024`, `ngày 19 tháng 4 năm 2024`.
fn date_label(lang: Lang, d: PartialDate) -> String {
    match (lang, d) {
        (Lang::Vi, d) => format_partial(Lang::Vi, d),
        (Lang::En, PartialDate::Year(y)) => format!("{y}"),
        (Lang::En, PartialDate::Month(y, m)) => format!("{} {y}", month_name(m)),
        (Lang::En, PartialDate::Day(d)) => format!("{} {} {}", d.day, month_name(d.month), d.year),
    }
}

/// The country a `country:XX` entity names.
fn entity_country(e: &EntityRef) -> Option<CountryCode> {
    (e.kind() == "country").then(|| CountryCode::parse(e.id())).flatten()
}

/// A country's name in `lang` (the code when the table has no name).
fn country_name(c: CountryCode, lang: Lang) -> &'static str {
    crate::iso3166::name_in(c.as_str(), lang).unwrap_or(c.as_str())
}

/// The label of an entity without a name table: a country's name for `country:XX`, else the id.
fn default_entity_name(e: &EntityRef) -> Option<String> {
    entity_country(e).map(|c| c.name().to_string())
}

impl Filters {
    /// The chips of the active filters, in canonical key order, one per
    /// country; entities labelled by their id (or a country's name).
    pub fn chips(&self) -> Vec<Chip> {
        self.chips_with(&default_entity_name)
    }

    /// As [`Filters::chips`], naming entities with `name_of` (e.g. from the
    /// bundle: `person:to-lam` → `Tô Lâm`); when it returns `None` the id is shown.
    pub fn chips_with(&self, name_of: &dyn Fn(&EntityRef) -> Option<String>) -> Vec<Chip> {
        self.chips_in(Lang::En, name_of)
    }

    /// The chips as the interface language `lang` writes them: country names
    /// from the ISO table in that language, level, dates (`từ năm 2019`),
    /// article language and topic words translated. Entities are named by
    /// `name_of`, except countries, which are named in `lang`.
    pub fn chips_in(&self, lang: Lang, name_of: &dyn Fn(&EntityRef) -> Option<String>) -> Vec<Chip> {
        let s = strings(lang);
        let mut chips = Vec::new();
        if !self.q.is_empty() {
            chips.push(Chip {
                key: Key::Q.name(),
                label: format!("“{}”", shorten(&self.q, LABEL_MAX_CHARS)),
                without: self.clone().without(Key::Q),
            });
        }
        for &c in &self.country {
            chips.push(Chip {
                key: Key::Country.name(),
                label: country_name(c, lang).to_string(),
                without: self.clone().without_country(c),
            });
        }
        if let Some(level) = self.level {
            chips.push(Chip {
                key: Key::Level.name(),
                label: s.level(level).to_string(),
                without: self.clone().without(Key::Level),
            });
        }
        if let Some(from) = self.from {
            chips.push(Chip {
                key: Key::From.name(),
                label: format!("{} {}", s.from_label, date_label(lang, from)),
                without: self.clone().without(Key::From),
            });
        }
        if let Some(to) = self.to {
            chips.push(Chip {
                key: Key::To.name(),
                label: format!("{} {}", s.to_label, date_label(lang, to)),
                without: self.clone().without(Key::To),
            });
        }
        if let Some(entity) = &self.entity {
            let label = match (lang, entity_country(entity)) {
                (Lang::Vi, Some(c)) => Some(country_name(c, lang).to_string()),
                _ => name_of(entity),
            };
            chips.push(Chip {
                key: Key::Entity.name(),
                label: label.unwrap_or_else(|| entity.as_str().to_string()),
                without: self.clone().without(Key::Entity),
            });
        }
        if let Some(article_lang) = self.lang {
            chips.push(Chip {
                key: Key::Lang.name(),
                label: s.articles_in(article_lang).to_string(),
                without: self.clone().without(Key::Lang),
            });
        }
        if let Some(topic) = &self.topic {
            chips.push(Chip {
                key: Key::Topic.name(),
                label: format!("{} {topic}", s.topic_chip),
                without: self.clone().without(Key::Topic),
            });
        }
        chips
    }

    /// A page title naming the view and the active filters, e.g. `China · from 2019 — Counterparts`;
    /// just `Counterparts` for the default timeline.
    pub fn title(&self) -> String {
        self.title_with(&default_entity_name)
    }

    /// As [`Filters::title`], naming entities with `name_of`.
    pub fn title_with(&self, name_of: &dyn Fn(&EntityRef) -> Option<String>) -> String {
        self.title_in(Lang::En, name_of)
    }

    /// The page title in the interface language `lang`:
    /// `Trung Quốc · từ năm 2019 — Counterparts`, `4 quốc gia — Counterparts`.
    pub fn title_in(&self, lang: Lang, name_of: &dyn Fn(&EntityRef) -> Option<String>) -> String {
        let s = strings(lang);
        let mut parts: Vec<String> = Vec::new();
        match self.view {
            View::Timeline => {}
            View::Entity if self.entity.is_some() => {}
            v => parts.push(s.view(v).to_string()),
        }
        let mut countries_done = false;
        for chip in self.chips_in(lang, name_of) {
            if chip.key == Key::Country.name() {
                if countries_done {
                    continue;
                }
                countries_done = true;
                if self.country.len() > TITLE_MAX_COUNTRIES {
                    parts.push(s.countries.count(self.country.len()));
                } else {
                    let names: Vec<&str> = self.country.iter().map(|&c| country_name(c, lang)).collect();
                    parts.push(names.join(", "));
                }
            } else {
                parts.push(chip.label);
            }
        }
        if parts.is_empty() {
            APP_NAME.to_string()
        } else {
            format!("{} — {APP_NAME}", parts.join(" · "))
        }
    }

    /// How a meeting known to lie between `earliest` and `latest` (inclusive;
    /// `None` = not known on that side, e.g. a date stated without its year)
    /// relates to `from`/`to`. With no date filter every meeting is
    /// [`DateMatch::Inside`]. A meeting is `Inside` only when every day it may
    /// have been on is in range, `Outside` only when none is, else `Uncertain`.
    pub fn date_match(&self, earliest: Option<Date>, latest: Option<Date>) -> DateMatch {
        let lo = self.from.map(PartialDate::first_day);
        let hi = self.to.map(PartialDate::last_day);
        if lo.is_none() && hi.is_none() {
            return DateMatch::Inside;
        }
        if let (Some(lo), Some(latest)) = (lo, latest) {
            if latest < lo {
                return DateMatch::Outside;
            }
        }
        if let (Some(hi), Some(earliest)) = (hi, earliest) {
            if earliest > hi {
                return DateMatch::Outside;
            }
        }
        let lo_ok = lo.is_none_or(|lo| earliest.is_some_and(|e| e >= lo));
        let hi_ok = hi.is_none_or(|hi| latest.is_some_and(|l| l <= hi));
        if lo_ok && hi_ok {
            DateMatch::Inside
        } else {
            DateMatch::Uncertain
        }
    }

    /// True when the meeting is certainly in the date range ([`DateMatch::Inside`]).
    ///
    /// Decision: when a date filter is active, a meeting whose date is not known
    /// well enough (no year, or a range straddling a bound) is *not* shown; the
    /// UI must count those with [`Filters::date_match`] == [`DateMatch::Uncertain`]
    /// and say so ("2 meetings of uncertain date not shown"), so nothing is
    /// dropped silently. Without a date filter every meeting matches.
    pub fn matches_date(&self, earliest: Option<Date>, latest: Option<Date>) -> bool {
        self.date_match(earliest, latest) == DateMatch::Inside
    }

    /// True when no country is selected or one of `partners` (ISO codes, any case) is selected.
    pub fn matches_country<S: AsRef<str>>(&self, partners: &[S]) -> bool {
        self.country.is_empty()
            || partners
                .iter()
                .filter_map(|p| CountryCode::parse(p.as_ref()))
                .any(|c| self.country.binary_search(&c).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entity names as the bundle would give them.
    fn names(e: &EntityRef) -> Option<String> {
        match e.as_str() {
            "person:to-lam" => Some("Tô Lâm".to_string()),
            "country:KR" => Some("South Korea".to_string()),
            _ => None,
        }
    }

    struct Row {
        name: &'static str,
        query: &'static str,
        en_title: &'static str,
        vi_title: &'static str,
        vi_chips: &'static [&'static str],
    }

    const ROWS: &[Row] = &[
        Row {
            name: "default timeline",
            query: "",
            en_title: "Counterparts",
            vi_title: "Counterparts",
            vi_chips: &[],
        },
        Row {
            name: "a country and a year",
            query: "country=CN&from=2019",
            en_title: "China · from 2019 — Counterparts",
            vi_title: "Trung Quốc · từ năm 2019 — Counterparts",
            vi_chips: &["Trung Quốc", "từ năm 2019"],
        },
        Row {
            name: "two countries to a day",
            query: "country=FR,SG&to=2024-04-19",
            en_title: "France, Singapore · to 19 Apr 2024 — Counterparts",
            vi_title: "Pháp, Singapore · đến ngày 19 tháng 4 năm 2024 — Counterparts",
            vi_chips: &["Pháp", "Singapore", "đến ngày 19 tháng 4 năm 2024"],
        },
        Row {
            name: "many countries are counted",
            query: "country=CN,FR,LA,SG",
            en_title: "4 countries — Counterparts",
            vi_title: "4 quốc gia — Counterparts",
            vi_chips: &["Trung Quốc", "Pháp", "Lào", "Singapore"],
        },
        Row {
            name: "search with level and month",
            query: "view=search&q=cyber%20crime&level=deputy-minister&from=2023-12",
            en_title: "Search · “cyber crime” · deputy minister · from Dec 2023 — Counterparts",
            vi_title: "Tìm kiếm · “cyber crime” · cấp thứ trưởng · từ tháng 12 năm 2023 — Counterparts",
            vi_chips: &["“cyber crime”", "cấp thứ trưởng", "từ tháng 12 năm 2023"],
        },
        Row {
            name: "article language and topic",
            query: "country=KR&lang=vi&topic=drug-trafficking",
            en_title: "South Korea · Vietnamese articles · topic: drug-trafficking — Counterparts",
            vi_title: "Hàn Quốc · Bài tiếng Việt · chủ đề: drug-trafficking — Counterparts",
            vi_chips: &["Hàn Quốc", "Bài tiếng Việt", "chủ đề: drug-trafficking"],
        },
        Row {
            name: "a person entity keeps the bundle's name",
            query: "entity=person:to-lam&level=minister",
            en_title: "minister · Tô Lâm — Counterparts",
            vi_title: "cấp bộ trưởng · Tô Lâm — Counterparts",
            vi_chips: &["cấp bộ trưởng", "Tô Lâm"],
        },
        Row {
            name: "a country entity is named in the interface language",
            query: "view=entity&entity=country:KR",
            en_title: "South Korea — Counterparts",
            vi_title: "Hàn Quốc — Counterparts",
            vi_chips: &["Hàn Quốc"],
        },
        Row {
            name: "an unknown entity shows its id",
            query: "view=entity&entity=person:nobody",
            en_title: "person:nobody — Counterparts",
            vi_title: "person:nobody — Counterparts",
            vi_chips: &["person:nobody"],
        },
        Row {
            name: "entities view",
            query: "view=entities&ui=vi",
            en_title: "Entities — Counterparts",
            vi_title: "Thực thể — Counterparts",
            vi_chips: &[],
        },
        Row {
            name: "an article",
            query: "view=article&article=0123456789abcdef&lang=en",
            en_title: "Article · English articles — Counterparts",
            vi_title: "Bài viết · Bài tiếng Anh — Counterparts",
            vi_chips: &["Bài tiếng Anh"],
        },
    ];

    #[test]
    fn titles_and_chips_in_each_language() {
        for row in ROWS {
            let (f, notices) = Filters::from_query(row.query);
            assert!(notices.is_empty(), "{}: {notices:?}", row.name);
            assert_eq!(f.title_in(Lang::En, &names), row.en_title, "{}", row.name);
            assert_eq!(f.title_with(&names), row.en_title, "{}", row.name);
            assert_eq!(f.title_in(Lang::Vi, &names), row.vi_title, "{}", row.name);
            let vi: Vec<String> = f.chips_in(Lang::Vi, &names).into_iter().map(|c| c.label).collect();
            assert_eq!(vi, row.vi_chips, "{}", row.name);
            // The same chips in the same order, with the same links, in both languages.
            let en = f.chips_in(Lang::En, &names);
            let vi = f.chips_in(Lang::Vi, &names);
            assert_eq!(en.len(), vi.len(), "{}", row.name);
            for (e, v) in en.iter().zip(&vi) {
                assert_eq!((e.key, &e.without), (v.key, &v.without), "{}", row.name);
            }
            assert_eq!(en, f.chips_with(&names), "{}", row.name);
        }
    }

    #[test]
    fn every_level_and_article_language_chip_is_translated() {
        for query in [
            "level=minister",
            "level=deputy-minister",
            "lang=en",
            "lang=vi",
            "topic=cyber-crime",
        ] {
            let (f, _) = Filters::from_query(query);
            let en = f.chips_in(Lang::En, &names);
            let vi = f.chips_in(Lang::Vi, &names);
            assert_eq!(en.len(), 1, "{query}");
            assert_ne!(en.first().map(|c| &c.label), vi.first().map(|c| &c.label), "{query}");
        }
    }
}
