//! Interface strings in English and Vietnamese, and dates written the way each language writes them. A missing translation is a compile error.

use crate::date::{Date, PartialDate};
use crate::lang::Lang;

/// Every label of the interface, in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// The app's name.
    pub app_name: &'static str,
    /// Shown while the corpus downloads.
    pub loading: &'static str,
    /// Heading of the panel shown when the corpus cannot be loaded.
    pub load_failed: &'static str,
    /// Heading of the panel shown when the app itself fails.
    pub app_failed: &'static str,
    /// Advice under a failure.
    pub reload_hint: &'static str,
    /// Skip link.
    pub skip_to_content: &'static str,
    /// Main navigation label.
    pub nav_label: &'static str,
    /// Menu: the timeline.
    pub nav_timeline: &'static str,
    /// Menu: the articles.
    pub nav_articles: &'static str,
    /// Menu: the entities.
    pub nav_entities: &'static str,
    /// Search box label and placeholder.
    pub search_label: &'static str,
    /// Search box placeholder.
    pub search_placeholder: &'static str,
    /// Label of the results list.
    pub search_results: &'static str,
    /// Count of hits: `{n} articles match`.
    pub hits_count: &'static str,
    /// No hits.
    pub no_hits: &'static str,
    /// The query cannot be searched (only exclusions, say).
    pub bad_query: &'static str,
    /// Interface language switch label.
    pub ui_language: &'static str,
    /// Theme toggle label.
    pub theme_toggle: &'static str,
    /// Copy link button.
    pub copy_link: &'static str,
    /// After copying.
    pub link_copied: &'static str,
    /// When the clipboard is not available.
    pub link_copy_failed: &'static str,
    /// Heading of the URL notices.
    pub url_notice: &'static str,
    /// Dismiss a notice.
    pub dismiss: &'static str,
    /// Articles heading.
    pub articles: &'static str,
    /// Language of an article.
    pub language: &'static str,
    /// English (language name).
    pub lang_en: &'static str,
    /// Vietnamese (language name).
    pub lang_vi: &'static str,
    /// Reader: dateline label.
    pub dateline: &'static str,
    /// Reader: published label.
    pub published: &'static str,
    /// Reader: byline label.
    pub byline: &'static str,
    /// Reader: source label.
    pub source: &'static str,
    /// Reader: captions heading.
    pub captions: &'static str,
    /// Reader: removed section heading.
    pub removed: &'static str,
    /// Reader: repaired words heading.
    pub repairs: &'static str,
    /// Reader: legend heading.
    pub legend: &'static str,
    /// Reader: article not found.
    pub article_not_found: &'static str,
    /// Back to the timeline.
    pub back_to_timeline: &'static str,
    /// Entities heading.
    pub entities: &'static str,
    /// Mentions (count label).
    pub mentions: &'static str,
    /// Entity not found.
    pub entity_not_found: &'static str,
    /// Titles seen (person page).
    pub titles_seen: &'static str,
    /// Appears in (articles).
    pub appears_in: &'static str,
    /// Filter the timeline by this entity.
    pub show_on_timeline: &'static str,
    /// Kind names, in `EntityKind` order.
    pub kinds: [&'static str; 7],
    /// Removal reasons by code.
    pub reasons: [(&'static str, &'static str); 8],
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Badge on an imported article.
    pub local_badge: &'static str,
    /// Import panel heading.
    pub import_heading: &'static str,
    /// Import: the file picker's label.
    pub import_pick: &'static str,
    /// Import: the drop zone's hint.
    pub import_drop: &'static str,
    /// Import: cancel button.
    pub import_cancel: &'static str,
    /// Import: progress, "{done} of {total} files".
    pub import_of: &'static str,
    /// Import: a file that became an article.
    pub import_ok: &'static str,
    /// Import: the list of local articles.
    pub local_articles: &'static str,
    /// Import: remove one.
    pub remove: &'static str,
    /// Import: remove all.
    pub remove_all: &'static str,
    /// Saved articles that could not be read.
    pub storage_damaged: &'static str,
    /// Saved articles from another version.
    pub storage_other_version: &'static str,
    /// Shown by the copy-link button when local articles are shown.
    pub link_excludes_local: &'static str,
    /// Count noun: `5 meetings`.
    pub meetings_word: &'static str,
    /// Count noun: `3 countries`.
    pub countries_word: &'static str,
    /// Count noun of mentioned meetings.
    pub mentioned_word: &'static str,
    /// The lane slot for meetings without a year.
    pub year_not_stated: &'static str,
    /// Level: minister.
    pub level_minister: &'static str,
    /// Level: deputy minister.
    pub level_deputy: &'static str,
    /// Sidebar: partner heading.
    pub filter_partner: &'static str,
    /// Sidebar: level heading.
    pub filter_level: &'static str,
    /// Sidebar: years heading.
    pub filter_years: &'static str,
    /// Sidebar: topic heading.
    pub filter_topic: &'static str,
    /// Sidebar: language heading.
    pub filter_language: &'static str,
    /// An unset filter.
    pub any: &'static str,
    /// Year range start.
    pub from_label: &'static str,
    /// Year range end.
    pub to_label: &'static str,
    /// Sidebar heading.
    pub filters_heading: &'static str,
    /// After a count: meetings hidden by the date filter.
    pub uncertain_hidden: &'static str,
    /// Empty timeline.
    pub no_meetings: &'static str,
    /// Timeline region label.
    pub timeline_label: &'static str,
    /// Card: date.
    pub card_date: &'static str,
    /// Card: place.
    pub card_place: &'static str,
    /// Card: level.
    pub card_level: &'static str,
    /// Card: leads.
    pub card_leads: &'static str,
    /// Card: participants.
    pub card_participants: &'static str,
    /// Card: agreements.
    pub card_signed: &'static str,
    /// Card: topics.
    pub card_topics: &'static str,
    /// Card: evidence.
    pub card_source: &'static str,
    /// Card: how the date was derived.
    pub card_derived: &'static str,
    /// Card: link to the reader.
    pub card_open: &'static str,
    /// Card: a previous meeting.
    pub card_mentioned_earlier: &'static str,
    /// Card: a planned meeting.
    pub card_mentioned_later: &'static str,
    /// Card: ordinal.
    pub card_ordinal: &'static str,
    /// Card placeholder.
    pub card_hint: &'static str,
    /// Card: close.
    pub card_close: &'static str,
}

/// English strings.
pub const EN: Strings = Strings {
    app_name: "Counterparts",
    loading: "Loading the corpus…",
    load_failed: "The corpus could not be loaded",
    app_failed: "Something went wrong",
    reload_hint: "Reload the page to try again. Articles you imported are kept.",
    skip_to_content: "Skip to content",
    nav_label: "Views",
    nav_timeline: "Timeline",
    nav_articles: "Articles",
    nav_entities: "Entities",
    search_label: "Search articles",
    search_placeholder: "Search articles, people, places…",
    search_results: "Search results",
    hits_count: "articles match",
    no_hits: "No article matches the search.",
    bad_query: "Cannot search for this",
    ui_language: "Interface language",
    theme_toggle: "Switch light/dark theme",
    copy_link: "Copy link",
    link_copied: "Link copied",
    link_copy_failed: "Copy failed: select the address bar instead",
    url_notice: "Parts of the link were ignored",
    dismiss: "Dismiss",
    articles: "Articles",
    language: "Language",
    lang_en: "English",
    lang_vi: "Vietnamese",
    dateline: "Dateline",
    published: "Published",
    byline: "By",
    source: "Source",
    captions: "Photo captions",
    removed: "Removed from the page",
    repairs: "Repaired words",
    legend: "Highlight",
    article_not_found: "No article with this id is in the corpus.",
    back_to_timeline: "Back to the timeline",
    entities: "Entities",
    mentions: "mentions",
    entity_not_found: "No entity with this id is in the corpus.",
    titles_seen: "Titles seen",
    appears_in: "Appears in",
    show_on_timeline: "Show on the timeline",
    kinds: [
        "People",
        "Organisations",
        "Countries",
        "Places",
        "Dates",
        "Topics",
        "Agreements",
    ],
    reasons: [
        ("after-end-mark", "after the story's end mark"),
        ("see-more", "“See more” list"),
        ("navigation", "site navigation"),
        ("duplicate", "repeated text"),
        ("markup", "markup, not text"),
        ("teasers", "teasers for other stories"),
        ("stray-glyph", "stray glyphs"),
        ("other", "not part of the story"),
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    local_badge: "local",
    import_heading: "Your articles",
    import_pick: "Import .txt or .html files",
    import_drop: "or drop files here. They stay in this browser.",
    import_cancel: "Cancel",
    import_of: "of",
    import_ok: "imported",
    local_articles: "Imported articles",
    remove: "Remove",
    remove_all: "Remove all imported articles",
    storage_damaged: "saved articles could not be read and were left untouched",
    storage_other_version: "articles saved by another version of the app were left untouched",
    link_excludes_local: "Imported articles are not part of the link.",
    meetings_word: "meetings",
    countries_word: "countries",
    mentioned_word: "mentioned",
    year_not_stated: "year not stated",
    level_minister: "minister",
    level_deputy: "deputy minister",
    filter_partner: "Partner",
    filter_level: "Level",
    filter_years: "Years",
    filter_topic: "Topic",
    filter_language: "Article language",
    any: "all",
    from_label: "from",
    to_label: "to",
    filters_heading: "Filters",
    uncertain_hidden: "with a date that may fall outside the range are hidden",
    no_meetings: "No meeting matches these filters.",
    timeline_label: "Timeline of meetings by partner country",
    card_date: "Date",
    card_place: "Place",
    card_level: "Level",
    card_leads: "Led by",
    card_participants: "Also present",
    card_signed: "Signed",
    card_topics: "Topics",
    card_source: "Source sentence",
    card_derived: "Derived",
    card_open: "Open the article at this sentence",
    card_mentioned_earlier: "Mentioned as an earlier meeting",
    card_mentioned_later: "Mentioned as a planned meeting",
    card_ordinal: "Meeting no.",
    card_hint: "Select a meeting to see its facts and sources.",
    card_close: "Close",
};

/// Vietnamese strings.
pub const VI: Strings = Strings {
    app_name: "Counterparts",
    loading: "Đang tải dữ liệu…",
    load_failed: "Không tải được dữ liệu",
    app_failed: "Đã xảy ra lỗi",
    reload_hint: "Tải lại trang để thử lại. Các bài bạn đã nhập vẫn được giữ.",
    skip_to_content: "Chuyển đến nội dung",
    nav_label: "Các trang",
    nav_timeline: "Dòng thời gian",
    nav_articles: "Bài viết",
    nav_entities: "Thực thể",
    search_label: "Tìm bài viết",
    search_placeholder: "Tìm bài viết, nhân vật, địa danh…",
    search_results: "Kết quả tìm kiếm",
    hits_count: "bài viết phù hợp",
    no_hits: "Không có bài viết nào phù hợp.",
    bad_query: "Không tìm được với nội dung này",
    ui_language: "Ngôn ngữ giao diện",
    theme_toggle: "Chuyển giao diện sáng/tối",
    copy_link: "Sao chép liên kết",
    link_copied: "Đã sao chép liên kết",
    link_copy_failed: "Không sao chép được: hãy chọn thanh địa chỉ",
    url_notice: "Một phần của liên kết đã bị bỏ qua",
    dismiss: "Đóng",
    articles: "Bài viết",
    language: "Ngôn ngữ",
    lang_en: "Tiếng Anh",
    lang_vi: "Tiếng Việt",
    dateline: "Nơi đưa tin",
    published: "Ngày đăng",
    byline: "Tác giả",
    source: "Nguồn",
    captions: "Chú thích ảnh",
    removed: "Phần đã lược khỏi trang",
    repairs: "Từ đã sửa",
    legend: "Tô sáng",
    article_not_found: "Không có bài viết nào với mã này.",
    back_to_timeline: "Về dòng thời gian",
    entities: "Thực thể",
    mentions: "lần nhắc",
    entity_not_found: "Không có thực thể nào với mã này.",
    titles_seen: "Chức danh",
    appears_in: "Xuất hiện trong",
    show_on_timeline: "Xem trên dòng thời gian",
    kinds: [
        "Nhân vật",
        "Tổ chức",
        "Quốc gia",
        "Địa danh",
        "Ngày tháng",
        "Chủ đề",
        "Văn kiện",
    ],
    reasons: [
        ("after-end-mark", "sau dấu kết bài"),
        ("see-more", "danh sách “Xem thêm”"),
        ("navigation", "điều hướng của trang"),
        ("duplicate", "đoạn lặp lại"),
        ("markup", "mã trang, không phải chữ"),
        ("teasers", "tin giới thiệu bài khác"),
        ("stray-glyph", "ký tự lạc"),
        ("other", "không thuộc bài viết"),
    ],
    months: [
        "tháng 1",
        "tháng 2",
        "tháng 3",
        "tháng 4",
        "tháng 5",
        "tháng 6",
        "tháng 7",
        "tháng 8",
        "tháng 9",
        "tháng 10",
        "tháng 11",
        "tháng 12",
    ],
    local_badge: "cục bộ",
    import_heading: "Bài của bạn",
    import_pick: "Nhập tệp .txt hoặc .html",
    import_drop: "hoặc thả tệp vào đây. Tệp chỉ lưu trong trình duyệt này.",
    import_cancel: "Hủy",
    import_of: "trên",
    import_ok: "đã nhập",
    local_articles: "Bài đã nhập",
    remove: "Xóa",
    remove_all: "Xóa mọi bài đã nhập",
    storage_damaged: "bài đã lưu không đọc được và được giữ nguyên",
    storage_other_version: "bài do phiên bản khác lưu được giữ nguyên",
    link_excludes_local: "Các bài đã nhập không nằm trong liên kết.",
    meetings_word: "cuộc gặp",
    countries_word: "quốc gia",
    mentioned_word: "được nhắc đến",
    year_not_stated: "không rõ năm",
    level_minister: "cấp bộ trưởng",
    level_deputy: "cấp thứ trưởng",
    filter_partner: "Đối tác",
    filter_level: "Cấp",
    filter_years: "Năm",
    filter_topic: "Chủ đề",
    filter_language: "Ngôn ngữ bài viết",
    any: "tất cả",
    from_label: "từ",
    to_label: "đến",
    filters_heading: "Bộ lọc",
    uncertain_hidden: "có ngày có thể nằm ngoài khoảng đã chọn bị ẩn",
    no_meetings: "Không có cuộc gặp nào phù hợp.",
    timeline_label: "Dòng thời gian các cuộc gặp theo quốc gia đối tác",
    card_date: "Ngày",
    card_place: "Địa điểm",
    card_level: "Cấp",
    card_leads: "Trưởng đoàn",
    card_participants: "Cùng tham dự",
    card_signed: "Đã ký",
    card_topics: "Chủ đề",
    card_source: "Câu nguồn",
    card_derived: "Suy ra",
    card_open: "Mở bài viết tại câu này",
    card_mentioned_earlier: "Được nhắc đến là cuộc gặp trước",
    card_mentioned_later: "Được nhắc đến là cuộc gặp dự kiến",
    card_ordinal: "Lần thứ",
    card_hint: "Chọn một cuộc gặp để xem chi tiết và nguồn.",
    card_close: "Đóng",
};

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    }
}

impl Strings {
    /// The label of a removal reason code (falls back to the code).
    pub fn reason<'a>(&self, code: &'a str) -> &'a str
    where
        'static: 'a,
    {
        self.reasons
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| *l)
            .unwrap_or(code)
    }

    /// The name of a month 1..=12 (`?` out of range).
    pub fn month(&self, m: u8) -> &'static str {
        self.months.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
    }

    /// The label of a meeting level.
    pub fn level(&self, level: crate::filters::Level) -> &'static str {
        match level {
            crate::filters::Level::Minister => self.level_minister,
            crate::filters::Level::DeputyMinister => self.level_deputy,
        }
    }

    /// The name of a language.
    pub fn lang_name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.lang_en,
            Lang::Vi => self.lang_vi,
        }
    }
}

/// A date as the language writes it: `19 April 2024` / `ngày 19 tháng 4 năm 2024`.
pub fn format_date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => format!("{} {} {}", d.day, EN.month(d.month), d.year),
        Lang::Vi => format!("ngày {} tháng {} năm {}", d.day, d.month, d.year),
    }
}

/// A partial date: `2024`, `April 2024`, `19 April 2024` / `năm 2024`, `tháng 4 năm 2024`, ...
pub fn format_partial(lang: Lang, d: PartialDate) -> String {
    match (lang, d) {
        (_, PartialDate::Day(d)) => format_date(lang, d),
        (Lang::En, PartialDate::Month(y, m)) => format!("{} {y}", EN.month(m)),
        (Lang::Vi, PartialDate::Month(y, m)) => format!("tháng {m} năm {y}"),
        (Lang::En, PartialDate::Year(y)) => format!("{y}"),
        (Lang::Vi, PartialDate::Year(y)) => format!("năm {y}"),
    }
}

/// A day and month without a year: `4 November` / `ngày 4 tháng 11`.
pub fn format_month_day(lang: Lang, month: u8, day: u8) -> String {
    match lang {
        Lang::En => format!("{day} {}", EN.month(month)),
        Lang::Vi => format!("ngày {day} tháng {month}"),
    }
}

/// A meeting date's precision as the language says it.
pub fn precision_label(lang: Lang, p: crate::meeting::Precision) -> &'static str {
    use crate::meeting::Precision::*;
    match (lang, p) {
        (Lang::En, p) => p.label(),
        (Lang::Vi, Day) => "ngày chính xác",
        (Lang::Vi, Range) => "khoảng ngày",
        (Lang::Vi, Month) => "tháng",
        (Lang::Vi, Year) => "chỉ biết năm",
        (Lang::Vi, YearRange) => "năm suy ra từ bài viết",
        (Lang::Vi, UnknownYear) => "không rõ năm",
        (Lang::Vi, Unknown) => "không rõ ngày",
    }
}

/// A meeting's fuzzy date as the language writes it, never adding what the text does not give:
/// `19 April 2024`, `3–5 April 2024`, `19 February, year 2019–2022`, `8 October, year not stated` /
/// `ngày 19 tháng 4 năm 2024`, `ngày 3–5 tháng 4 năm 2024`, `ngày 8 tháng 10, không rõ năm`.
pub fn fuzzy_date(lang: Lang, d: &crate::meeting::FuzzyDate) -> String {
    use crate::meeting::Precision;
    let s = strings(lang);
    let md_range = || match (d.month_day, d.month_day_end) {
        (Some(a), Some(b)) if a.month == b.month => match lang {
            Lang::En => format!("{}–{} {}", a.day, b.day, EN.month(a.month)),
            Lang::Vi => format!("ngày {}–{} tháng {}", a.day, b.day, a.month),
        },
        (Some(a), Some(b)) => {
            format!(
                "{} – {}",
                format_month_day(lang, a.month, a.day),
                format_month_day(lang, b.month, b.day)
            )
        }
        (Some(a), None) => format_month_day(lang, a.month, a.day),
        (None, _) => String::new(),
    };
    let with_years = |years: String| match d.month_day {
        Some(_) => format!("{}, {years}", md_range()),
        None => years,
    };
    match d.precision {
        Precision::Day | Precision::Month | Precision::Year => {
            d.start.map(|p| format_partial(lang, p)).unwrap_or_default()
        }
        Precision::Range => match (d.start, d.end) {
            (Some(PartialDate::Day(a)), Some(PartialDate::Day(b))) if a.year == b.year && a.month == b.month => {
                match lang {
                    Lang::En => format!("{}–{} {} {}", a.day, b.day, EN.month(a.month), a.year),
                    Lang::Vi => format!("ngày {}–{} tháng {} năm {}", a.day, b.day, a.month, a.year),
                }
            }
            (Some(a), Some(b)) => format!("{} – {}", format_partial(lang, a), format_partial(lang, b)),
            _ => String::new(),
        },
        Precision::YearRange => with_years(match (d.year_min, d.year_max, lang) {
            (Some(a), Some(b), Lang::En) => format!("year {a}–{b}"),
            (Some(a), Some(b), Lang::Vi) => format!("năm {a}–{b}"),
            (Some(a), None, Lang::En) => format!("year {a} or later"),
            (Some(a), None, Lang::Vi) => format!("từ năm {a}"),
            (None, Some(b), Lang::En) => format!("year {b} or earlier"),
            (None, Some(b), Lang::Vi) => format!("đến năm {b}"),
            (None, None, _) => s.year_not_stated.to_string(),
        }),
        Precision::UnknownYear => with_years(s.year_not_stated.to_string()),
        Precision::Unknown => precision_label(lang, Precision::Unknown).to_string(),
    }
}

/// The short label of a meeting on the timeline (its lane and position give the rest):
/// `19 Apr`, `3–5 Apr`, `Oct 2018`, `2022` / `19/4`, `3–5/4`, `10/2018`, `2022`.
pub fn fuzzy_date_short(lang: Lang, d: &crate::meeting::FuzzyDate) -> String {
    use crate::meeting::Precision;
    let md = |day: u8, month: u8| match lang {
        Lang::En => format!("{day} {}", crate::meeting::month_abbr(month)),
        Lang::Vi => format!("{day}/{month}"),
    };
    let md_range = || match (d.month_day, d.month_day_end) {
        (Some(a), Some(b)) if a.month == b.month => match lang {
            Lang::En => format!("{}–{} {}", a.day, b.day, crate::meeting::month_abbr(a.month)),
            Lang::Vi => format!("{}–{}/{}", a.day, b.day, a.month),
        },
        (Some(a), Some(b)) => format!("{}–{}", md(a.day, a.month), md(b.day, b.month)),
        (Some(a), None) => md(a.day, a.month),
        (None, _) => String::new(),
    };
    match (d.precision, d.start) {
        (Precision::Day, Some(PartialDate::Day(x))) => md(x.day, x.month),
        (Precision::Range, Some(PartialDate::Day(a))) => match d.end {
            Some(PartialDate::Day(b)) if a.month == b.month => match lang {
                Lang::En => format!("{}–{} {}", a.day, b.day, crate::meeting::month_abbr(a.month)),
                Lang::Vi => format!("{}–{}/{}", a.day, b.day, a.month),
            },
            Some(PartialDate::Day(b)) => format!("{}–{}", md(a.day, a.month), md(b.day, b.month)),
            _ => md(a.day, a.month),
        },
        (Precision::Month, Some(PartialDate::Month(y, m))) => match lang {
            Lang::En => format!("{} {y}", crate::meeting::month_abbr(m)),
            Lang::Vi => format!("{m}/{y}"),
        },
        (Precision::Year, Some(p)) => p.year().to_string(),
        (Precision::Range, _) | (Precision::YearRange, _) | (Precision::UnknownYear, _) if d.month_day.is_some() => {
            md_range()
        }
        _ => fuzzy_date(lang, d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meeting_dates_in_each_language_never_add_a_year() {
        let rows: &[(&str, &str, &str)] = &[
            ("004_ca2c0e4932d0df0b.txt", "19 April 2024", "ngày 19 tháng 4 năm 2024"),
            (
                "003_17fa29c206418ba5.txt",
                "3–5 April 2024",
                "ngày 3–5 tháng 4 năm 2024",
            ),
            (
                "001_45c73304fdcf255d.txt",
                "19 February, year 2019–2022",
                "ngày 19 tháng 2, năm 2019–2022",
            ),
            (
                "000_2eb8f48eb3c8e0c6.txt",
                "8 October, year not stated",
                "ngày 8 tháng 10, không rõ năm",
            ),
        ];
        for (file, en, vi) in rows {
            let bytes = std::fs::read(format!("{}/corpus/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let rec = crate::pipeline::process(file, &bytes).unwrap();
            let date = &rec.meetings[0].date;
            assert_eq!(fuzzy_date(Lang::En, date), *en, "{file}");
            assert_eq!(fuzzy_date(Lang::Vi, date), *vi, "{file}");
        }
    }

    #[test]
    fn short_labels_for_the_timeline() {
        let rows: &[(&str, usize, &str, &str)] = &[
            ("004_ca2c0e4932d0df0b.txt", 0, "19 Apr", "19/4"),
            ("003_17fa29c206418ba5.txt", 0, "3–5 Apr", "3–5/4"),
            ("001_45c73304fdcf255d.txt", 0, "19 Feb", "19/2"),
            ("001_45c73304fdcf255d.txt", 1, "Oct 2018", "10/2018"),
            ("001_45c73304fdcf255d.txt", 2, "2022", "2022"),
            ("000_2eb8f48eb3c8e0c6.txt", 0, "8 Oct", "8/10"),
        ];
        for (file, i, en, vi) in rows {
            let bytes = std::fs::read(format!("{}/corpus/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let rec = crate::pipeline::process(file, &bytes).unwrap();
            let date = &rec.meetings[*i].date;
            assert_eq!(fuzzy_date_short(Lang::En, date), *en, "{file} {i}");
            assert_eq!(fuzzy_date_short(Lang::Vi, date), *vi, "{file} {i}");
        }
    }

    #[test]
    fn dates_in_each_language() {
        let d = Date::new(2024, 4, 19).unwrap();
        let rows: &[(Lang, PartialDate, &str)] = &[
            (Lang::En, PartialDate::Day(d), "19 April 2024"),
            (Lang::Vi, PartialDate::Day(d), "ngày 19 tháng 4 năm 2024"),
            (Lang::En, PartialDate::Month(2018, 10), "October 2018"),
            (Lang::Vi, PartialDate::Month(2018, 10), "tháng 10 năm 2018"),
            (Lang::En, PartialDate::Year(2022), "2022"),
            (Lang::Vi, PartialDate::Year(2022), "năm 2022"),
        ];
        for (lang, date, want) in rows {
            assert_eq!(format_partial(*lang, *date), *want);
        }
        assert_eq!(format_month_day(Lang::Vi, 11, 4), "ngày 4 tháng 11");
        assert_eq!(format_month_day(Lang::En, 11, 4), "4 November");
    }

    #[test]
    fn every_reason_has_a_label_in_both_languages() {
        use crate::corpus::RemovalReason::*;
        for r in [
            AfterEndMark,
            SeeMore,
            Navigation,
            Duplicate,
            Markup,
            Teasers,
            StrayGlyph,
            Other,
        ] {
            for s in [&EN, &VI] {
                assert_ne!(s.reason(r.code()), r.code(), "{:?}", r);
            }
        }
    }
}
