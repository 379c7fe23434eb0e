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
    /// Count of hits: `1 article matches`, `{n} articles match`.
    pub hits: Noun,
    /// No hits.
    pub no_hits: &'static str,
    /// The query cannot be searched (only exclusions, say).
    pub bad_query: &'static str,
    /// Shown while the parts of the search index a query needs are downloaded.
    pub searching: &'static str,
    /// A part of the search index could not be downloaded (the reason follows).
    pub shard_failed: &'static str,
    /// Interface language switch label.
    pub ui_language: &'static str,
    /// Theme toggle label (a toggle: pressed means dark).
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
    /// Mentions of an entity: `1 mention`, `{n} mentions`.
    pub mentions: Noun,
    /// Entity not found.
    pub entity_not_found: &'static str,
    /// Titles seen (person page).
    pub titles_seen: &'static str,
    /// Appears in (articles).
    pub appears_in: &'static str,
    /// Filter the timeline by this entity.
    pub show_on_timeline: &'static str,
    /// Kind names, in `EntityKind` order (headings: `People`).
    pub kinds: [&'static str; 7],
    /// One of a kind, in `EntityKind` order (in running text: `person`).
    pub kind_one: [&'static str; 7],
    /// Removal reasons by code.
    pub reasons: [(&'static str, &'static str); 8],
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Badge on an imported article.
    pub local_badge: &'static str,
    /// Article list: the button that shows the next page of articles.
    pub show_more: &'static str,
    /// Article list: beside that button, `1,234 articles not shown yet`.
    pub not_shown: Noun,
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
    /// Count noun: `1 meeting`, `5 meetings`.
    pub meetings: Noun,
    /// Count noun: `1 country`, `3 countries`.
    pub countries: Noun,
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
    /// Meetings hidden by the date filter: `1 meeting with a date that may fall outside the range is hidden`.
    pub uncertain_hidden: Noun,
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
    // Export (src/ui/components/export.rs).
    /// Export: heading of the panel.
    pub export_heading: &'static str,
    /// Export: what the buttons download.
    pub export_hint: &'static str,
    /// Export: button label prefix for assistive technology ("Download the meetings shown as" CSV).
    pub export_meetings_as: &'static str,
    /// Export: the search results button.
    pub export_hits: &'static str,
    /// Export: after the count of meetings left out of the calendar (one meeting).
    pub export_left_out_one: &'static str,
    /// Export: after the count of meetings left out of the calendar (several).
    pub export_left_out: &'static str,
    /// Export: after the count of those left out that have no year at all, in brackets.
    pub export_no_year: &'static str,
    /// Export: the export could not be written.
    pub export_failed: &'static str,
    /// Label of the list of active filters (the chips).
    pub active_filters: &'static str,
    /// Accessible name of a chip's × link, before the chip's label: `Remove filter: China`.
    pub remove_filter: &'static str,
    /// Chip of the article-language filter, English.
    pub articles_en: &'static str,
    /// Chip of the article-language filter, Vietnamese.
    pub articles_vi: &'static str,
    /// Chip of the topic filter, before the slug: `topic: drug-trafficking`.
    pub topic_chip: &'static str,
    /// View name in page titles: search results.
    pub view_search: &'static str,
    /// View name in page titles: one article.
    pub view_article: &'static str,
    /// View name in page titles: one entity (when the link names none).
    pub view_entity: &'static str,
    /// Heading of the timeline's key (what the shapes mean).
    pub timeline_key: &'static str,
    /// Key: a meeting only mentioned (earlier or planned).
    pub key_mentioned: &'static str,
    /// Key: a date known only to lie within a span of years (a bar).
    pub key_span: &'static str,
    /// Timeline: what following a year's box of a crowded lane does, after its count.
    pub bin_show: &'static str,
    /// Timeline: beside the markers a crowded "year not stated" slot draws, `+3 more`.
    pub more_undated: Noun,
    /// Label of the chart region.
    pub chart_label: &'static str,
    /// Chart: meetings per partner country.
    pub chart_by_country: &'static str,
    /// Chart: meetings per year.
    pub chart_by_year: &'static str,
    /// Chart: the bar that sums the countries not drawn.
    pub chart_others: &'static str,
    /// Chart: meetings whose year is known only within a span: `1 meeting dated to a span of years`.
    pub chart_span: Noun,
    /// Chart: meetings without a stated year: `2 meetings without a stated year`.
    pub chart_no_year: Noun,
    /// The page footer: what the app is and where its facts come from.
    pub footer_note: &'static str,
}

/// A noun counted with a number: English writes `1 meeting`, `2 meetings`; Vietnamese nouns do
/// not change with the number (`1 cuộc gặp`, `2 cuộc gặp`), so both forms are the same there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    /// The form after 1.
    pub one: &'static str,
    /// The form after any other number (0, 2, 3, ...).
    pub many: &'static str,
}

impl Noun {
    /// The form that goes with `n`.
    pub fn pick(&self, n: usize) -> &'static str {
        if n == 1 {
            self.one
        } else {
            self.many
        }
    }

    /// `n` and its noun: `1 meeting`, `5 meetings`.
    pub fn count(&self, n: usize) -> String {
        format!("{n} {}", self.pick(n))
    }
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
    hits: Noun {
        one: "article matches",
        many: "articles match",
    },
    no_hits: "No article matches the search.",
    bad_query: "Cannot search for this",
    searching: "Searching…",
    shard_failed: "Part of the search index could not be downloaded, so this search cannot finish. Check the connection and try again",
    ui_language: "Interface language",
    theme_toggle: "Dark theme",
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
    mentions: Noun {
        one: "mention",
        many: "mentions",
    },
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
    kind_one: [
        "person",
        "organisation",
        "country",
        "place",
        "date",
        "topic",
        "agreement",
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
    show_more: "Show more",
    not_shown: Noun {
        one: "article not shown yet",
        many: "articles not shown yet",
    },
    import_heading: "Your articles",
    import_pick: "Import .txt or .html files",
    import_drop: "or drop files here. They stay in this browser.",
    import_cancel: "Cancel",
    import_of: "of",
    import_ok: "imported",
    local_articles: "Imported articles",
    remove: "Remove",
    remove_all: "Remove all imported articles",
    storage_damaged: "Saved articles that could not be read, left untouched",
    storage_other_version: "Articles saved by another version of the app, left untouched",
    link_excludes_local: "Imported articles are not part of the link.",
    meetings: Noun {
        one: "meeting",
        many: "meetings",
    },
    countries: Noun {
        one: "country",
        many: "countries",
    },
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
    uncertain_hidden: Noun {
        one: "meeting with a date that may fall outside the range is hidden",
        many: "meetings with a date that may fall outside the range are hidden",
    },
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
    export_heading: "Export",
    export_hint: "The meetings shown, after filters; dates as precise as the articles give them.",
    export_meetings_as: "Download the meetings shown as",
    export_hits: "Search results (CSV)",
    export_left_out_one: "meeting without a known day is not in the calendar",
    export_left_out: "meetings without a known day are not in the calendar",
    export_no_year: "without a year",
    export_failed: "The export failed",
    active_filters: "Active filters",
    remove_filter: "Remove filter:",
    articles_en: "English articles",
    articles_vi: "Vietnamese articles",
    topic_chip: "topic:",
    view_search: "Search",
    view_article: "Article",
    view_entity: "Entity",
    timeline_key: "Key",
    key_mentioned: "mentioned as an earlier or planned meeting",
    key_span: "year known only within a span",
    bin_show: "show them",
    more_undated: Noun {
        one: "more meeting",
        many: "more meetings",
    },
    chart_label: "Meetings at a glance",
    chart_by_country: "Meetings per partner country",
    chart_by_year: "Meetings per year",
    chart_others: "Others",
    chart_span: Noun {
        one: "meeting dated only to a span of years",
        many: "meetings dated only to a span of years",
    },
    chart_no_year: Noun {
        one: "meeting without a stated year",
        many: "meetings without a stated year",
    },
    footer_note: "Counterparts reads news articles about Vietnam's Ministry of Public Security meeting its foreign counterparts. Every fact links to the sentence it comes from.",
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
    hits: Noun {
        one: "bài viết phù hợp",
        many: "bài viết phù hợp",
    },
    no_hits: "Không có bài viết nào phù hợp.",
    bad_query: "Không tìm được với nội dung này",
    searching: "Đang tìm…",
    shard_failed: "Không tải được một phần chỉ mục tìm kiếm nên chưa thể tìm xong. Hãy kiểm tra kết nối và thử lại",
    ui_language: "Ngôn ngữ giao diện",
    theme_toggle: "Giao diện tối",
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
    mentions: Noun {
        one: "lần nhắc đến",
        many: "lần nhắc đến",
    },
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
    kind_one: [
        "nhân vật",
        "tổ chức",
        "quốc gia",
        "địa danh",
        "ngày tháng",
        "chủ đề",
        "văn kiện",
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
    show_more: "Xem thêm",
    not_shown: Noun {
        one: "bài chưa hiển thị",
        many: "bài chưa hiển thị",
    },
    import_heading: "Bài của bạn",
    import_pick: "Nhập tệp .txt hoặc .html",
    import_drop: "hoặc thả tệp vào đây. Tệp chỉ lưu trong trình duyệt này.",
    import_cancel: "Hủy",
    import_of: "trên",
    import_ok: "đã nhập",
    local_articles: "Bài đã nhập",
    remove: "Xóa",
    remove_all: "Xóa mọi bài đã nhập",
    storage_damaged: "Bài đã lưu không đọc được, được giữ nguyên",
    storage_other_version: "Bài do phiên bản khác lưu, được giữ nguyên",
    link_excludes_local: "Các bài đã nhập không nằm trong liên kết.",
    meetings: Noun {
        one: "cuộc gặp",
        many: "cuộc gặp",
    },
    countries: Noun {
        one: "quốc gia",
        many: "quốc gia",
    },
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
    uncertain_hidden: Noun {
        one: "cuộc gặp có ngày có thể nằm ngoài khoảng đã chọn bị ẩn",
        many: "cuộc gặp có ngày có thể nằm ngoài khoảng đã chọn bị ẩn",
    },
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
    export_heading: "Xuất dữ liệu",
    export_hint: "Các cuộc gặp đang hiển thị, sau khi lọc; ngày tháng chính xác đúng như bài viết nêu.",
    export_meetings_as: "Tải các cuộc gặp đang hiển thị dạng",
    export_hits: "Kết quả tìm kiếm (CSV)",
    export_left_out_one: "cuộc gặp không rõ ngày không có trong lịch",
    export_left_out: "cuộc gặp không rõ ngày không có trong lịch",
    export_no_year: "không rõ năm",
    export_failed: "Không xuất được dữ liệu",
    active_filters: "Bộ lọc đang áp dụng",
    remove_filter: "Bỏ bộ lọc:",
    articles_en: "Bài tiếng Anh",
    articles_vi: "Bài tiếng Việt",
    topic_chip: "chủ đề:",
    view_search: "Tìm kiếm",
    view_article: "Bài viết",
    view_entity: "Thực thể",
    timeline_key: "Chú giải",
    key_mentioned: "được nhắc đến là cuộc gặp trước hoặc dự kiến",
    key_span: "chỉ biết năm trong một khoảng",
    bin_show: "xem các cuộc gặp này",
    more_undated: Noun {
        one: "cuộc gặp khác",
        many: "cuộc gặp khác",
    },
    chart_label: "Tổng quan các cuộc gặp",
    chart_by_country: "Số cuộc gặp theo quốc gia đối tác",
    chart_by_year: "Số cuộc gặp theo năm",
    chart_others: "Nước khác",
    chart_span: Noun {
        one: "cuộc gặp chỉ biết trong một khoảng năm",
        many: "cuộc gặp chỉ biết trong một khoảng năm",
    },
    chart_no_year: Noun {
        one: "cuộc gặp không rõ năm",
        many: "cuộc gặp không rõ năm",
    },
    footer_note: "Counterparts đọc các bài báo về Bộ Công an Việt Nam gặp gỡ các đối tác nước ngoài. Mỗi dữ kiện đều dẫn về câu gốc trong bài.",
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

    /// The chip of the article-language filter: `English articles`.
    pub fn articles_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.articles_en,
            Lang::Vi => self.articles_vi,
        }
    }

    /// The name of a view, as page titles and menus say it.
    pub fn view(&self, view: crate::filters::View) -> &'static str {
        use crate::filters::View;
        match view {
            View::Timeline => self.nav_timeline,
            View::Search => self.view_search,
            View::Article => self.view_article,
            View::Entities => self.nav_entities,
            View::Entity => self.view_entity,
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

    /// Every text of a set of strings with its field name. The pattern names every field (no
    /// `..`), so a field added to [`Strings`] does not compile until it is listed here.
    fn texts(s: &Strings) -> Vec<(String, &'static str)> {
        let Strings {
            app_name,
            loading,
            load_failed,
            app_failed,
            reload_hint,
            skip_to_content,
            nav_label,
            nav_timeline,
            nav_articles,
            nav_entities,
            search_label,
            search_placeholder,
            search_results,
            hits,
            no_hits,
            bad_query,
            searching,
            shard_failed,
            ui_language,
            theme_toggle,
            copy_link,
            link_copied,
            link_copy_failed,
            url_notice,
            dismiss,
            articles,
            language,
            lang_en,
            lang_vi,
            dateline,
            published,
            byline,
            source,
            captions,
            removed,
            repairs,
            legend,
            article_not_found,
            back_to_timeline,
            entities,
            mentions,
            entity_not_found,
            titles_seen,
            appears_in,
            show_on_timeline,
            kinds,
            kind_one,
            reasons,
            months,
            local_badge,
            show_more,
            not_shown,
            import_heading,
            import_pick,
            import_drop,
            import_cancel,
            import_of,
            import_ok,
            local_articles,
            remove,
            remove_all,
            storage_damaged,
            storage_other_version,
            link_excludes_local,
            meetings,
            countries,
            mentioned_word,
            year_not_stated,
            level_minister,
            level_deputy,
            filter_partner,
            filter_level,
            filter_years,
            filter_topic,
            filter_language,
            any,
            from_label,
            to_label,
            filters_heading,
            uncertain_hidden,
            no_meetings,
            timeline_label,
            card_date,
            card_place,
            card_level,
            card_leads,
            card_participants,
            card_signed,
            card_topics,
            card_source,
            card_derived,
            card_open,
            card_mentioned_earlier,
            card_mentioned_later,
            card_ordinal,
            card_hint,
            card_close,
            active_filters,
            remove_filter,
            articles_en,
            articles_vi,
            topic_chip,
            view_search,
            view_article,
            view_entity,
            timeline_key,
            key_mentioned,
            key_span,
            bin_show,
            more_undated,
            chart_label,
            chart_by_country,
            chart_by_year,
            chart_others,
            chart_span,
            chart_no_year,
            footer_note,
            export_heading,
            export_hint,
            export_meetings_as,
            export_hits,
            export_left_out_one,
            export_left_out,
            export_no_year,
            export_failed,
        } = s;
        let mut out: Vec<(String, &'static str)> = vec![
            ("app_name".into(), *app_name),
            ("loading".into(), *loading),
            ("load_failed".into(), *load_failed),
            ("app_failed".into(), *app_failed),
            ("reload_hint".into(), *reload_hint),
            ("skip_to_content".into(), *skip_to_content),
            ("nav_label".into(), *nav_label),
            ("nav_timeline".into(), *nav_timeline),
            ("nav_articles".into(), *nav_articles),
            ("nav_entities".into(), *nav_entities),
            ("search_label".into(), *search_label),
            ("search_placeholder".into(), *search_placeholder),
            ("search_results".into(), *search_results),
            ("no_hits".into(), *no_hits),
            ("bad_query".into(), *bad_query),
            ("searching".into(), *searching),
            ("shard_failed".into(), *shard_failed),
            ("ui_language".into(), *ui_language),
            ("theme_toggle".into(), *theme_toggle),
            ("copy_link".into(), *copy_link),
            ("link_copied".into(), *link_copied),
            ("link_copy_failed".into(), *link_copy_failed),
            ("url_notice".into(), *url_notice),
            ("dismiss".into(), *dismiss),
            ("articles".into(), *articles),
            ("language".into(), *language),
            ("lang_en".into(), *lang_en),
            ("lang_vi".into(), *lang_vi),
            ("dateline".into(), *dateline),
            ("published".into(), *published),
            ("byline".into(), *byline),
            ("source".into(), *source),
            ("captions".into(), *captions),
            ("removed".into(), *removed),
            ("repairs".into(), *repairs),
            ("legend".into(), *legend),
            ("article_not_found".into(), *article_not_found),
            ("back_to_timeline".into(), *back_to_timeline),
            ("entities".into(), *entities),
            ("entity_not_found".into(), *entity_not_found),
            ("titles_seen".into(), *titles_seen),
            ("appears_in".into(), *appears_in),
            ("show_on_timeline".into(), *show_on_timeline),
            ("local_badge".into(), *local_badge),
            ("show_more".into(), *show_more),
            ("import_heading".into(), *import_heading),
            ("import_pick".into(), *import_pick),
            ("import_drop".into(), *import_drop),
            ("import_cancel".into(), *import_cancel),
            ("import_of".into(), *import_of),
            ("import_ok".into(), *import_ok),
            ("local_articles".into(), *local_articles),
            ("remove".into(), *remove),
            ("remove_all".into(), *remove_all),
            ("storage_damaged".into(), *storage_damaged),
            ("storage_other_version".into(), *storage_other_version),
            ("link_excludes_local".into(), *link_excludes_local),
            ("mentioned_word".into(), *mentioned_word),
            ("year_not_stated".into(), *year_not_stated),
            ("level_minister".into(), *level_minister),
            ("level_deputy".into(), *level_deputy),
            ("filter_partner".into(), *filter_partner),
            ("filter_level".into(), *filter_level),
            ("filter_years".into(), *filter_years),
            ("filter_topic".into(), *filter_topic),
            ("filter_language".into(), *filter_language),
            ("any".into(), *any),
            ("from_label".into(), *from_label),
            ("to_label".into(), *to_label),
            ("filters_heading".into(), *filters_heading),
            ("no_meetings".into(), *no_meetings),
            ("timeline_label".into(), *timeline_label),
            ("card_date".into(), *card_date),
            ("card_place".into(), *card_place),
            ("card_level".into(), *card_level),
            ("card_leads".into(), *card_leads),
            ("card_participants".into(), *card_participants),
            ("card_signed".into(), *card_signed),
            ("card_topics".into(), *card_topics),
            ("card_source".into(), *card_source),
            ("card_derived".into(), *card_derived),
            ("card_open".into(), *card_open),
            ("card_mentioned_earlier".into(), *card_mentioned_earlier),
            ("card_mentioned_later".into(), *card_mentioned_later),
            ("card_ordinal".into(), *card_ordinal),
            ("card_hint".into(), *card_hint),
            ("card_close".into(), *card_close),
            ("active_filters".into(), *active_filters),
            ("remove_filter".into(), *remove_filter),
            ("articles_en".into(), *articles_en),
            ("articles_vi".into(), *articles_vi),
            ("topic_chip".into(), *topic_chip),
            ("view_search".into(), *view_search),
            ("view_article".into(), *view_article),
            ("view_entity".into(), *view_entity),
            ("timeline_key".into(), *timeline_key),
            ("key_mentioned".into(), *key_mentioned),
            ("key_span".into(), *key_span),
            ("bin_show".into(), *bin_show),
            ("chart_label".into(), *chart_label),
            ("chart_by_country".into(), *chart_by_country),
            ("chart_by_year".into(), *chart_by_year),
            ("chart_others".into(), *chart_others),
            ("footer_note".into(), *footer_note),
            ("export_heading".into(), *export_heading),
            ("export_hint".into(), *export_hint),
            ("export_meetings_as".into(), *export_meetings_as),
            ("export_hits".into(), *export_hits),
            ("export_left_out_one".into(), *export_left_out_one),
            ("export_left_out".into(), *export_left_out),
            ("export_no_year".into(), *export_no_year),
            ("export_failed".into(), *export_failed),
        ];
        for (name, noun) in [
            ("hits", hits),
            ("mentions", mentions),
            ("meetings", meetings),
            ("countries", countries),
            ("uncertain_hidden", uncertain_hidden),
            ("chart_span", chart_span),
            ("chart_no_year", chart_no_year),
            ("more_undated", more_undated),
            ("not_shown", not_shown),
        ] {
            out.push((format!("{name}.one"), noun.one));
            out.push((format!("{name}.many"), noun.many));
        }
        let lists: [(&str, &[&'static str]); 3] = [("kinds", kinds), ("kind_one", kind_one), ("months", months)];
        for (name, list) in lists {
            out.extend(list.iter().enumerate().map(|(i, t)| (format!("{name}[{i}]"), *t)));
        }
        out.extend(reasons.iter().map(|(code, t)| (format!("reasons.{code}"), *t)));
        out
    }

    /// Texts that are the same in both languages on purpose.
    const SAME_IN_BOTH: &[&str] = &["app_name"];

    #[test]
    fn every_text_is_written_in_both_languages() {
        let en = texts(&EN);
        let vi = texts(&VI);
        assert_eq!(en.len(), vi.len());
        assert!(en.len() >= 148, "only {} texts listed", en.len());
        for ((name, e), (_, v)) in en.iter().zip(&vi) {
            assert!(!e.trim().is_empty(), "EN {name} is empty");
            assert!(!v.trim().is_empty(), "VI {name} is empty");
            assert_eq!(e.trim(), *e, "EN {name} has stray spaces");
            assert_eq!(v.trim(), *v, "VI {name} has stray spaces");
            if SAME_IN_BOTH.contains(&name.as_str()) {
                assert_eq!(e, v, "{name} should be the same in both");
            } else {
                assert_ne!(e, v, "{name} is not translated: {e:?}");
            }
        }
    }

    #[test]
    fn vietnamese_text_is_nfc_and_english_text_has_no_vietnamese_marks() {
        use unicode_normalization::UnicodeNormalization;
        for (name, v) in texts(&VI) {
            assert_eq!(v.nfc().collect::<String>(), v, "VI {name} is not NFC");
        }
        for (name, e) in texts(&EN) {
            assert!(
                !e.chars()
                    .any(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c)),
                "EN {name} has Vietnamese letters: {e:?}"
            );
        }
    }

    #[test]
    fn counts_agree_with_their_number() {
        let rows: &[(&Strings, usize, &str)] = &[
            (&EN, 0, "0 meetings"),
            (&EN, 1, "1 meeting"),
            (&EN, 2, "2 meetings"),
            (&EN, 21, "21 meetings"),
            (&VI, 1, "1 cuộc gặp"),
            (&VI, 2, "2 cuộc gặp"),
        ];
        for (s, n, want) in rows {
            assert_eq!(s.meetings.count(*n), *want);
        }
        assert_eq!(
            EN.uncertain_hidden.count(1),
            "1 meeting with a date that may fall outside the range is hidden"
        );
        assert_eq!(EN.hits.count(3), "3 articles match");
        assert_eq!(EN.countries.count(1), "1 country");
        // Vietnamese nouns do not change with the number; English ones do.
        let forms = |s: &Strings| -> Vec<(String, &'static str, &'static str)> {
            let all = texts(s);
            all.iter()
                .filter_map(|(name, one)| {
                    let stem = name.strip_suffix(".one")?;
                    let many = all.iter().find(|(n, _)| *n == format!("{stem}.many"))?.1;
                    Some((stem.to_string(), *one, many))
                })
                .collect()
        };
        let (en, vi) = (forms(&EN), forms(&VI));
        assert_eq!(en.len(), 9);
        for (noun, one, many) in en {
            assert_ne!(one, many, "EN {noun} has no plural");
        }
        for (noun, one, many) in vi {
            assert_eq!(one, many, "VI {noun} changes with the number");
        }
    }

    #[test]
    fn views_have_names_in_both_languages() {
        use crate::filters::View;
        let rows: &[(View, &str, &str)] = &[
            (View::Timeline, "Timeline", "Dòng thời gian"),
            (View::Search, "Search", "Tìm kiếm"),
            (View::Article, "Article", "Bài viết"),
            (View::Entities, "Entities", "Thực thể"),
            (View::Entity, "Entity", "Thực thể"),
        ];
        for (view, en, vi) in rows {
            assert_eq!(EN.view(*view), *en);
            assert_eq!(VI.view(*view), *vi);
            assert_eq!(EN.view(*view), view.label(), "EN agrees with View::label");
        }
    }

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
