//! A deterministic synthetic corpus: raw scraped-looking articles in English and Vietnamese, with the seed files' vocabulary and noise, for scale tests and benchmarks.
//!
//! [`generate`]`(seed, n)` returns `n` files `(name, raw text)`; the same seed
//! gives the same bytes on every platform (a splitmix64 generator, integer
//! arithmetic only). About one article in five is Vietnamese.
//!
//! The noise follows the seeds, not their facts: headline repeated as a photo
//! caption, a `City (VNA) –` dateline, words glued together (`Hanoion`,
//! `GeneralTo Lam`), stray glyphs and emoji at paragraph starts, the VNA end
//! mark `./.` followed by "See more" teasers, dates without a year, and for
//! Vietnamese pages a date line, an author line, share buttons and a list of
//! teasers each printed twice; one Vietnamese page in ten is in NFD.
//!
//! [`QUERIES`] is a fixed query set for benchmarks.

use unicode_normalization::UnicodeNormalization;

/// A fixed benchmark query set: English and Vietnamese, names with and
/// without diacritics, prefixes (no trailing space: the last word is being
/// typed), typos, phrases and exclusions.
pub const QUERIES: &[&str] = &[
    "to lam ",
    "Tô Lâm ",
    "TÔ LÂM ",
    "human trafficking ",
    "\"human trafficking\"",
    "\"Bộ Công an\"",
    "cybercrime singapore ",
    "tội phạm ma túy ",
    "toi pham ma tuy ",
    "darmanin ",
    "darmanim ",
    "cooperaton ",
    "traffick",
    "minist",
    "high-tech crime -drug ",
    "Lương Tam Quang ",
    "luong tam quang singapore ",
    "memorandum of understanding ",
    "\"letter of intent\" france ",
    "hợp tác phòng chống tội phạm ",
    "interpol ",
    "extradition treaty ",
    "shanmugam",
    "public securty ",
];

/// A small, fast, seedable generator (splitmix64); deterministic everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// True with probability `num / den`.
    pub fn chance(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }

    /// One item of a slice; `None` when it is empty.
    pub fn choose<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        items.get(self.below(items.len())).copied()
    }
}

/// One item of one of the generator's constant tables (never empty).
fn pick<T: Copy>(rng: &mut Rng, table: &[T]) -> T {
    table[rng.below(table.len())]
}

/// A foreign counterpart: country, ministry, city and officials, in both languages.
struct Partner {
    country: &'static str,
    adjective: &'static str,
    country_vi: &'static str,
    ministry: &'static str,
    ministry_vi: &'static str,
    city: &'static str,
    city_vi: &'static str,
    /// (name, English title, Vietnamese title)
    officials: &'static [(&'static str, &'static str, &'static str)],
}

const PARTNERS: &[Partner] = &[
    Partner {
        country: "China",
        adjective: "Chinese",
        country_vi: "Trung Quốc",
        ministry: "Ministry of Public Security",
        ministry_vi: "Bộ Công an Trung Quốc",
        city: "Beijing",
        city_vi: "Bắc Kinh",
        officials: &[
            ("Wang Xiaohong", "Minister of Public Security", "Bộ trưởng Bộ Công an"),
            (
                "Zhao Kezhi",
                "State Councillor and Minister of Public Security",
                "Bộ trưởng Bộ Công an",
            ),
            ("He Rong", "Minister of Justice", "Bộ trưởng Bộ Tư pháp"),
            ("Xu Datong", "Vice Minister of Public Security", "Thứ trưởng Bộ Công an"),
        ],
    },
    Partner {
        country: "Laos",
        adjective: "Lao",
        country_vi: "Lào",
        ministry: "Ministry of Public Security",
        ministry_vi: "Bộ An ninh Lào",
        city: "Vientiane",
        city_vi: "Viêng Chăn",
        officials: &[
            (
                "Vilay Lakhamphong",
                "Minister of Public Security",
                "Bộ trưởng Bộ An ninh",
            ),
            (
                "Khamla Sengsouvanh",
                "Deputy Minister of Public Security",
                "Thứ trưởng Bộ An ninh",
            ),
        ],
    },
    Partner {
        country: "Cambodia",
        adjective: "Cambodian",
        country_vi: "Campuchia",
        ministry: "Ministry of Interior",
        ministry_vi: "Bộ Nội vụ Campuchia",
        city: "Phnom Penh",
        city_vi: "Phnôm Pênh",
        officials: &[
            (
                "Sar Sokha",
                "Deputy Prime Minister and Minister of Interior",
                "Phó Thủ tướng, Bộ trưởng Bộ Nội vụ",
            ),
            ("Sok Phal", "Secretary of State", "Quốc vụ khanh"),
        ],
    },
    Partner {
        country: "Singapore",
        adjective: "Singaporean",
        country_vi: "Singapore",
        ministry: "Ministry of Home Affairs",
        ministry_vi: "Bộ Nội vụ Singapore",
        city: "Singapore",
        city_vi: "Singapore",
        officials: &[
            ("K. Shanmugam", "Minister for Home Affairs", "Bộ trưởng Bộ Nội vụ"),
            (
                "Josephine Teo",
                "Second Minister for Home Affairs",
                "Bộ trưởng thứ hai Bộ Nội vụ",
            ),
            ("Aubeck Kam", "Permanent Secretary", "Thư ký thường trực"),
        ],
    },
    Partner {
        country: "France",
        adjective: "French",
        country_vi: "Pháp",
        ministry: "Ministry of the Interior",
        ministry_vi: "Bộ Nội vụ Pháp",
        city: "Paris",
        city_vi: "Paris",
        officials: &[
            ("Gérald Darmanin", "Minister of the Interior", "Bộ trưởng Bộ Nội vụ"),
            ("Bruno Retailleau", "Minister of the Interior", "Bộ trưởng Bộ Nội vụ"),
        ],
    },
    Partner {
        country: "Japan",
        adjective: "Japanese",
        country_vi: "Nhật Bản",
        ministry: "National Police Agency",
        ministry_vi: "Cơ quan Cảnh sát quốc gia Nhật Bản",
        city: "Tokyo",
        city_vi: "Tokyo",
        officials: &[
            ("Yasuhiro Tsuyuki", "Commissioner General", "Tổng Cục trưởng"),
            ("Keiko Matsuda", "Deputy Commissioner General", "Phó Tổng Cục trưởng"),
        ],
    },
    Partner {
        country: "the Republic of Korea",
        adjective: "Korean",
        country_vi: "Hàn Quốc",
        ministry: "Korean National Police Agency",
        ministry_vi: "Cơ quan Cảnh sát quốc gia Hàn Quốc",
        city: "Seoul",
        city_vi: "Seoul",
        officials: &[
            ("Cho Ji-ho", "Commissioner General", "Tổng Cục trưởng"),
            ("Yoon Hee-keun", "Commissioner General", "Tổng Cục trưởng"),
        ],
    },
    Partner {
        country: "Thailand",
        adjective: "Thai",
        country_vi: "Thái Lan",
        ministry: "Royal Thai Police",
        ministry_vi: "Cảnh sát Hoàng gia Thái Lan",
        city: "Bangkok",
        city_vi: "Băng Cốc",
        officials: &[("Kittirat Phanphet", "Commissioner-General", "Tư lệnh")],
    },
    Partner {
        country: "Russia",
        adjective: "Russian",
        country_vi: "Nga",
        ministry: "Ministry of Internal Affairs",
        ministry_vi: "Bộ Nội vụ Nga",
        city: "Moscow",
        city_vi: "Mát-xcơ-va",
        officials: &[(
            "Vladimir Kolokoltsev",
            "Minister of Internal Affairs",
            "Bộ trưởng Bộ Nội vụ",
        )],
    },
    Partner {
        country: "the United States",
        adjective: "US",
        country_vi: "Hoa Kỳ",
        ministry: "Department of Homeland Security",
        ministry_vi: "Bộ An ninh Nội địa Hoa Kỳ",
        city: "Washington",
        city_vi: "Washington",
        officials: &[(
            "Alejandro Mayorkas",
            "Secretary of Homeland Security",
            "Bộ trưởng An ninh Nội địa",
        )],
    },
    Partner {
        country: "Australia",
        adjective: "Australian",
        country_vi: "Australia",
        ministry: "Australian Federal Police",
        ministry_vi: "Cảnh sát Liên bang Australia",
        city: "Canberra",
        city_vi: "Canberra",
        officials: &[("Reece Kershaw", "Commissioner", "Tư lệnh")],
    },
    Partner {
        country: "the United Kingdom",
        adjective: "British",
        country_vi: "Anh",
        ministry: "Home Office",
        ministry_vi: "Bộ Nội vụ Anh",
        city: "London",
        city_vi: "Luân Đôn",
        officials: &[("Tom Pursglove", "Minister for Legal Migration", "Quốc vụ khanh")],
    },
    Partner {
        country: "Hungary",
        adjective: "Hungarian",
        country_vi: "Hungary",
        ministry: "Ministry of Interior",
        ministry_vi: "Bộ Nội vụ Hungary",
        city: "Budapest",
        city_vi: "Budapest",
        officials: &[("Sándor Pintér", "Minister of Interior", "Bộ trưởng Bộ Nội vụ")],
    },
    Partner {
        country: "Cuba",
        adjective: "Cuban",
        country_vi: "Cuba",
        ministry: "Ministry of the Interior",
        ministry_vi: "Bộ Nội vụ Cuba",
        city: "Havana",
        city_vi: "La Habana",
        officials: &[(
            "Lázaro Alberto Álvarez Casas",
            "Minister of the Interior",
            "Bộ trưởng Bộ Nội vụ",
        )],
    },
    Partner {
        country: "Indonesia",
        adjective: "Indonesian",
        country_vi: "Indonesia",
        ministry: "Indonesian National Police",
        ministry_vi: "Cảnh sát quốc gia Indonesia",
        city: "Jakarta",
        city_vi: "Jakarta",
        officials: &[("Listyo Sigit Prabowo", "Chief of Police", "Tư lệnh Cảnh sát")],
    },
    Partner {
        country: "Mongolia",
        adjective: "Mongolian",
        country_vi: "Mông Cổ",
        ministry: "Ministry of Justice and Home Affairs",
        ministry_vi: "Bộ Tư pháp và Nội vụ Mông Cổ",
        city: "Ulaanbaatar",
        city_vi: "Ulan Bato",
        officials: &[(
            "Khishgee Nyambaatar",
            "Minister of Justice and Home Affairs",
            "Bộ trưởng Bộ Tư pháp và Nội vụ",
        )],
    },
    Partner {
        country: "Germany",
        adjective: "German",
        country_vi: "Đức",
        ministry: "Federal Ministry of the Interior",
        ministry_vi: "Bộ Nội vụ Liên bang Đức",
        city: "Berlin",
        city_vi: "Béc-lin",
        officials: &[(
            "Nancy Faeser",
            "Federal Minister of the Interior",
            "Bộ trưởng Bộ Nội vụ Liên bang",
        )],
    },
    Partner {
        country: "Türkiye",
        adjective: "Turkish",
        country_vi: "Thổ Nhĩ Kỳ",
        ministry: "Ministry of Interior",
        ministry_vi: "Bộ Nội vụ Thổ Nhĩ Kỳ",
        city: "Ankara",
        city_vi: "Ankara",
        officials: &[("Ali Yerlikaya", "Minister of Interior", "Bộ trưởng Bộ Nội vụ")],
    },
];

/// A Vietnamese MPS leader: (rank in English, name without marks, rank in Vietnamese, name with marks, minister?).
const LEADERS: &[(&str, &str, &str, &str, bool)] = &[
    ("General", "To Lam", "Đại tướng", "Tô Lâm", true),
    ("General", "Luong Tam Quang", "Đại tướng", "Lương Tam Quang", true),
    (
        "Senior Lieutenant General",
        "Luong Tam Quang",
        "Thượng tướng",
        "Lương Tam Quang",
        false,
    ),
    (
        "Lieutenant General",
        "Le Quoc Hung",
        "Thượng tướng",
        "Lê Quốc Hùng",
        false,
    ),
    (
        "Senior Lieutenant General",
        "Tran Quoc To",
        "Thượng tướng",
        "Trần Quốc Tỏ",
        false,
    ),
    (
        "Lieutenant General",
        "Nguyen Duy Ngoc",
        "Thượng tướng",
        "Nguyễn Duy Ngọc",
        false,
    ),
    (
        "Senior Lieutenant General",
        "Nguyen Van Long",
        "Thượng tướng",
        "Nguyễn Văn Long",
        false,
    ),
    (
        "Lieutenant General",
        "Pham The Tung",
        "Trung tướng",
        "Phạm Thế Tùng",
        false,
    ),
    (
        "Senior Lieutenant General",
        "Le Van Tuyen",
        "Thượng tướng",
        "Lê Văn Tuyến",
        false,
    ),
    ("Major General", "Dang Hong Duc", "Thiếu tướng", "Đặng Hồng Đức", false),
];

/// Crimes fought together: (English, Vietnamese).
const CRIMES: &[(&str, &str)] = &[
    ("drug-related crimes", "tội phạm ma túy"),
    ("human trafficking", "mua bán người"),
    ("cybercrime", "tội phạm mạng"),
    ("high-tech crime", "tội phạm sử dụng công nghệ cao"),
    ("terrorism", "khủng bố"),
    ("illegal migration", "di cư bất hợp pháp"),
    ("money laundering", "rửa tiền"),
    ("transnational crime", "tội phạm xuyên quốc gia"),
    ("economic crimes", "tội phạm kinh tế"),
    ("smuggling and trade fraud", "buôn lậu, gian lận thương mại"),
    ("online fraud", "lừa đảo trực tuyến"),
    ("wildlife trafficking", "buôn bán động vật hoang dã"),
];

/// Other cooperation areas: (English, Vietnamese).
const AREAS: &[(&str, &str)] = &[
    (
        "fire prevention and control, and search and rescue",
        "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    ),
    ("cyber security", "an ninh mạng"),
    ("personnel training", "đào tạo cán bộ"),
    ("protection of personal data", "bảo vệ dữ liệu cá nhân"),
    (
        "digital investigation and electronic evidence",
        "điều tra số và chứng cứ điện tử",
    ),
    ("the management of entries and exits", "quản lý xuất nhập cảnh"),
    ("protection of citizens abroad", "bảo hộ công dân"),
    ("prison management", "quản lý trại giam"),
];

/// MPS departments: (English, Vietnamese).
const DEPARTMENTS: &[(&str, &str)] = &[
    ("Department of International Cooperation", "Cục Hợp tác quốc tế"),
    (
        "Department of Cyber Security and High-tech Crime Prevention",
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
    ),
    (
        "Police Department for Drug-related Crime Investigation",
        "Cục Cảnh sát điều tra tội phạm về ma túy",
    ),
    ("Immigration Department", "Cục Quản lý xuất nhập cảnh"),
    ("Criminal Police Department", "Cục Cảnh sát hình sự"),
    (
        "Fire Prevention and Rescue Police Department",
        "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    ),
    ("Office of the Ministry", "Văn phòng Bộ Công an"),
];

/// Vietnamese name parts, for officers who are not in [`LEADERS`].
const SURNAMES_VI: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý",
];
const MIDDLES_VI: &[&str] = &[
    "Văn", "Thị", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Ngọc", "Xuân", "Hồng", "Anh", "Thế",
];
const GIVEN_VI: &[&str] = &[
    "Hùng", "Dũng", "Tuấn", "Hải", "Long", "Thắng", "Cường", "Quân", "Sơn", "Trung", "Hà", "Lan", "Hương", "Việt",
    "Phong", "Khải", "Nghĩa", "Đạt", "Tâm", "Bình",
];
/// Syllables for foreign officers' names.
const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "len", "sa", "vo", "dar", "tin", "be", "ru", "no", "al", "fi", "gor", "han", "el", "mar", "ko",
    "ste", "va", "lu", "pe", "bran", "dov", "ich", "sky", "son", "berg", "ta", "wen",
];
const RANKS: &[(&str, &str)] = &[
    ("Colonel", "Đại tá"),
    ("Major General", "Thiếu tướng"),
    ("Lieutenant Colonel", "Trung tá"),
    ("Senior Colonel", "Đại tá"),
];

/// Documents signed: (English, Vietnamese).
const AGREEMENTS: &[(&str, &str)] = &[
    ("a memorandum of understanding", "Bản ghi nhớ"),
    ("a letter of intent", "Ý định thư"),
    ("the minutes of the meeting", "Biên bản hội đàm"),
    ("an extradition treaty", "Hiệp định dẫn độ"),
    (
        "the Agreement on the Transfer of Sentenced Persons",
        "Hiệp định chuyển giao người bị kết án phạt tù",
    ),
    (
        "an agreement on crime prevention and combat",
        "Thỏa thuận hợp tác phòng, chống tội phạm",
    ),
];

const MONTHS: &[&str] = &[
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
];

const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th", "12th",
];

/// Unrelated stories that follow the VNA end mark: (headline, lede).
const TEASERS_EN: &[(&str, &str)] = &[
    ("Hanoi prepares for smooth transition to two-tier local government model", "The Hanoi People’s Council has passed 11 key resolutions to ensure the effective operation of the new model."),
    ("Three cluster bombs safely detonated in Quang Tri", "Timely disposal of such explosives is vital to ensuring community safety and supporting agricultural activities."),
    ("Vietnamese citizens in RoK provided with knowledge on laws", "Caring for the Vietnamese community abroad has always been one of the key focuses of Vietnam's foreign affairs."),
    ("Public school students to enjoy free tuition", "All public school students, from preschool to high school, will be exempt from tuition fees."),
    ("Biotechnology key to advancing sustainable agriculture: Experts", "Vietnam is increasingly applying scientific and technological advances in agricultural production."),
    ("HCM City holds first half-year review meeting", "The city posted estimated GRDP growth of 6.56% in the first half of the year."),
    ("Integrated e-ticketing for Hanoi public transport: A vision for future", "Hanoi is expected to launch its integrated electronic ticketing system for public transport."),
    ("State President joins tree planting festival in Lang Son province", "The President commended local authorities for innovative tree-planting movements."),
    ("NA Standing Committee convenes 42nd session", "The session focused on draft laws and resolutions set for immediate issuance."),
    ("Cuban students celebrate Vietnam – Cuba friendship through art contest", "The contest drew 454 submissions from students aged 6 to 14."),
    ("500kg bomb safely detonated in Nghe An province", "This is the largest bomb ever found in the area, local military officials said."),
    ("Afternoon briefing on February 5", "News highlights include the Government's Party Committee meeting and a new railway project."),
    ("Vietnam, New Zealand hold 13th political consultation", "The two sides agreed to enhance political trust through more bilateral exchanges."),
    ("Quang Ninh leads administrative reform for better governance", "Efficient handling of administrative procedures is a key factor in fostering development."),
    ("Eight dead in apartment fire in Ho Chi Minh City", "Initial reports showed that the fire spread rapidly, trapping residents."),
];

/// Vietnamese teasers (each printed twice on the page, as on the ministry site).
const TEASERS_VI: &[&str] = &[
    "Tăng cường công tác tổ chức vận tải, bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán",
    "Công an tỉnh Bắc Ninh thăm, tặng quà thương, bệnh binh tại Trung tâm điều dưỡng",
    "Nâng cao chất lượng công tác nghỉ dưỡng, phát triển hệ thống nhà khách trong Công an nhân dân",
    "TP Cần Thơ: Phát huy vai trò Công an cơ sở trong tuyên truyền, phổ biến pháp luật",
    "Khẩn trương điều tra nguyên nhân vụ cháy tại phường Đông Hưng Thuận, TP. Hồ Chí Minh",
    "Tri ân, tưởng nhớ các đồng chí cố lãnh đạo Bộ Công an",
    "Khánh Hòa: Bắt quả tang 02 vợ chồng nuôi nhốt động vật nguy cấp, quý hiếm",
    "Công an tỉnh Nghệ An triệt phá cơ sở sản xuất hơn 60.000 lít giấm giả",
    "Cảnh sát giao thông Công an tỉnh Quảng Ngãi kịp thời giúp đỡ hai cháu bé đi lạc",
    "Bắc Ninh: Phát hiện, thu giữ hơn 06 tấn lạp xưởng không rõ nguồn gốc xuất xứ",
    "Nâng cao cảnh giác với tội phạm tại các ngân hàng, điểm giao dịch dịp Tết",
    "Công an thành phố Huế kiểm tra công tác bảo đảm an ninh, trật tự bầu cử",
];

/// Glyphs and emoji that stray into scraped paragraphs.
const STRAY: &[&str] = &["🌞 ", "ꦯ ", "🐈 ", "☕ ", "📷 ", "► ", "• "];

/// Vietnamese author lines.
const AUTHORS_VI: &[&str] = &[
    "Lã Hoàn - Nguyễn Anh",
    "Minh Đức",
    "Thu Trang - Hải Yến",
    "Quang Vinh",
    "Bảo Ngọc",
];

/// Everything one article talks about.
struct Cast<'a> {
    partner: &'a Partner,
    official: (&'a str, &'a str, &'a str),
    leader: (&'a str, &'a str, &'a str, &'a str, bool),
    /// Two crimes and one other area.
    topics: [(&'a str, &'a str); 3],
    department: (&'a str, &'a str),
    /// A Vietnamese officer: (rank in English, rank in Vietnamese, name with marks).
    officer: (&'a str, &'a str, String),
    /// A foreign officer's invented name.
    foreigner: String,
    agreement: (&'a str, &'a str),
    month: usize,
    day: usize,
    year: usize,
    ordinal: &'a str,
    in_hanoi: bool,
}

impl Cast<'_> {
    fn new(rng: &mut Rng) -> Cast<'static> {
        let partner = &PARTNERS[rng.below(PARTNERS.len())];
        // Two distinct crimes: a start and a non-zero step around the table.
        let a = rng.below(CRIMES.len());
        let b = (a + 1 + rng.below(CRIMES.len() - 1)) % CRIMES.len();
        let topics = [CRIMES[a], CRIMES[b], pick(rng, AREAS)];
        let rank = pick(rng, RANKS);
        let officer = format!(
            "{} {} {}",
            pick(rng, SURNAMES_VI),
            pick(rng, MIDDLES_VI),
            pick(rng, GIVEN_VI)
        );
        let mut foreigner = String::new();
        for part in 0..2 {
            if part > 0 {
                foreigner.push(' ');
            }
            for k in 0..rng.range(2, 3) {
                let syl = pick(rng, SYLLABLES);
                if k == 0 {
                    let mut cs = syl.chars();
                    foreigner.extend(cs.next().map(|c| c.to_ascii_uppercase()));
                    foreigner.push_str(cs.as_str());
                } else {
                    foreigner.push_str(syl);
                }
            }
        }
        Cast {
            partner,
            official: pick(rng, partner.officials),
            leader: pick(rng, LEADERS),
            topics,
            department: pick(rng, DEPARTMENTS),
            officer: (rank.0, rank.1, officer),
            foreigner,
            agreement: pick(rng, AGREEMENTS),
            month: rng.below(12),
            day: rng.range(1, 28),
            year: rng.range(2015, 2025),
            ordinal: pick(rng, ORDINALS),
            in_hanoi: rng.chance(2, 3),
        }
    }

    fn leader_role(&self) -> &'static str {
        if self.leader.4 {
            "Minister of Public Security"
        } else {
            "Deputy Minister of Public Security"
        }
    }

    fn leader_role_vi(&self) -> &'static str {
        if self.leader.4 {
            "Bộ trưởng Bộ Công an"
        } else {
            "Thứ trưởng Bộ Công an"
        }
    }
}

/// Fills `{slot}`s of an English template.
fn fill_en(template: &str, c: &Cast<'_>) -> String {
    let p = c.partner;
    let (official, official_title, _) = c.official;
    let (rank, name, _, _, _) = c.leader;
    let city = if c.in_hanoi { "Hanoi" } else { p.city };
    template
        .replace("{rank}", rank)
        .replace("{leader}", name)
        .replace("{surname}", name.rsplit(' ').next().unwrap_or(name))
        .replace("{role}", c.leader_role())
        .replace("{official}", official)
        .replace("{otitle}", official_title)
        .replace("{country}", p.country)
        .replace("{adj}", p.adjective)
        .replace("{ministry}", p.ministry)
        .replace("{city}", city)
        .replace("{topic0}", c.topics[0].0)
        .replace("{topic1}", c.topics[1].0)
        .replace("{topic2}", c.topics[2].0)
        .replace("{agreement}", c.agreement.0)
        .replace("{date}", &format!("{} {}", MONTHS[c.month % 12], c.day))
        .replace("{year}", &c.year.to_string())
        .replace("{ordinal}", c.ordinal)
        .replace("{officer}", &format!("{} {}", c.officer.0, strip_marks(&c.officer.2)))
        .replace("{department}", c.department.0)
        .replace("{foreigner}", &c.foreigner)
}

/// Removes Vietnamese marks but keeps case (`Đặng Hồng Đức` → `Dang Hong Duc`), as English pages write names.
pub fn strip_marks(s: &str) -> String {
    s.nfd()
        .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}'))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            _ => c,
        })
        .collect()
}

/// Fills `{slot}`s of a Vietnamese template.
fn fill_vi(template: &str, c: &Cast<'_>) -> String {
    let p = c.partner;
    let (official, _, official_title) = c.official;
    let (_, _, rank, name, _) = c.leader;
    let city = if c.in_hanoi { "Hà Nội" } else { p.city_vi };
    template
        .replace("{rank}", rank)
        .replace("{leader}", name)
        .replace("{role}", c.leader_role_vi())
        .replace("{official}", official)
        .replace("{otitle}", official_title)
        .replace("{country}", p.country_vi)
        .replace("{ministry}", p.ministry_vi)
        .replace("{city}", city)
        .replace("{topic0}", c.topics[0].1)
        .replace("{topic1}", c.topics[1].1)
        .replace("{topic2}", c.topics[2].1)
        .replace("{agreement}", c.agreement.1)
        .replace("{date}", &format!("{}/{}", c.day, c.month % 12 + 1))
        .replace("{year}", &c.year.to_string())
        .replace("{ordinal}", &(c.year % 10 + 2).to_string())
        .replace("{officer}", &format!("{} {}", c.officer.1, c.officer.2))
        .replace("{department}", c.department.1)
        .replace("{foreigner}", &c.foreigner)
}

const TITLES_EN: &[&str] = &[
    "Vietnam, {country} beef up security, anti-crime cooperation",
    "Vietnamese, {adj} public security ministries bolster anti-crime collaboration",
    "Vietnamese, {adj} ministers discuss security cooperation",
    "Vietnam, {country} step up cooperation in fighting {topic0}",
    "Vietnam, {country} boost cooperation in {topic2}",
    "{rank} {leader} receives {adj} {otitle}",
    "{country} pledges to work with Vietnam against {topic0}",
    "Deputy Minister {leader} holds talks with {official}",
    "Vietnam, {country} sign {agreement}",
    "Public security ministry, {adj} partners hold {ordinal} annual meeting",
];

const LEDES_EN: &[&str] = &[
    "{role} {rank} {leader} held talks with {adj} {otitle} {official} in {city} on {date}.",
    "The {ordinal} meeting between Vietnam's Ministry of Public Security (MPS) and the {ministry} of {country} took place in {city} on {date}.",
    "{rank} {leader}, {role}, received {official}, {otitle} of {country}, in {city} on {date}.",
    "Vietnam's Ministry of Public Security and the {adj} {ministry} agreed on {date} to step up cooperation in fighting {topic0}.",
];

const SENTENCES_EN: &[&str] = &[
    "At the meeting, the two sides reviewed the practical results of their cooperation, particularly in the fight against {topic0}.",
    "{surname} affirmed that the Vietnamese ministry always considers {country} one of its top partners in the field of security and order.",
    "The two sides maintained the exchange of delegations and high-level contacts, creating a solid foundation for their close relationship.",
    "They also regularly exchanged information and coordinated in organising conferences, seminars and training courses on {topic2}.",
    "{official} spoke highly of the MPS's contributions to regional security and expressed his wish to deepen cooperation in {topic2}.",
    "Regarding {topic1}, the two sides agreed to share experience and coordinate in investigation and verification of crimes.",
    "The {adj} side pledged to continue assisting Vietnam in {topic2}, particularly training and providing equipment.",
    "They will keep organising bilateral Interpol conferences to enhance information exchange and hunt for wanted criminals.",
    "The minister said the cooperative ties between the two ministries are growing more effective in many aspects.",
    "Both sides agreed to bolster their partnership via increasing mutual visits and to work together against {topic0} and {topic1}.",
    "Since {year}, the two sides have conducted joint raids against {topic0}, especially cross-border cases.",
    "{surname} suggested the {adj} side assist the MPS in building, managing and applying digital transformation in {topic2}.",
    "The eighth meeting will be held in {country} in {year}.",
    "The two ministries will consider establishing cooperation mechanisms and enhancing experience sharing in this regard.",
    "Human trafficking cases, especially the trafficking of women and children across borders, were also discussed.",
    "The host and guest vowed to soon complete the approval of {agreement} between Vietnam and {country}.",
    "Also present were {officer}, head of the {department}, and {foreigner} of the {adj} delegation.",
    "{officer} of the {department} briefed the guests on recent cases of {topic1}.",
    "{foreigner}, a senior {adj} officer, presented the results of a joint operation against {topic0} in {year}.",
];

const CLOSINGS_EN: &[&str] = &[
    "At the end of their talks, the two sides signed {agreement} on cooperation in {topic1}.",
    "On this occasion, functional units of the two ministries signed {agreement} on {topic0}.",
    "The two sides will organise joint exercises and strengthen cooperation in {topic2}.",
    "Concluding the talks, they signed {agreement} between the MPS and the {ministry} of {country}.",
];

const CAPTIONS_EN: &[&str] = &[
    "{rank} {leader} (R) and {official} at the talks (Photo: VNA)",
    "At the signing ceremony (Photo: VNA)",
    "{role} {rank} {leader} addresses the meeting (Photo: VNA)",
];

const TITLES_VI: &[&str] = &[
    "Việt Nam – {country} tăng cường hợp tác phòng, chống tội phạm",
    "{role} {leader} tiếp {otitle} {country}",
    "Hội đàm giữa Bộ Công an Việt Nam và {ministry}",
    "Tăng cường hợp tác với {ministry} trong đấu tranh phòng, chống {topic0}",
    "Hội nghị thường niên lần thứ {ordinal} giữa Bộ Công an Việt Nam và {ministry}",
];

const LEDES_VI: &[&str] = &[
    "Nhận lời mời của ngài {official}, {otitle} {country}, từ ngày {date}/{year}, Đoàn công tác cấp cao Bộ Công an do {rank} {leader}, {role} làm Trưởng đoàn đã có chuyến thăm, làm việc tại {country}.",
    "Ngày {date}, tại {city}, {rank} {leader}, {role} đã hội đàm với ngài {official}, {otitle} {country}.",
    "Chiều {date}, tại trụ sở Bộ Công an, {rank} {leader}, {role} đã tiếp ngài {official}, {otitle} {country}.",
];

const SENTENCES_VI: &[&str] = &[
    "{rank} {leader} nhấn mạnh, thời gian qua, quan hệ hợp tác giữa Bộ Công an Việt Nam và {ministry} tiếp tục phát triển tốt đẹp trên tất cả các lĩnh vực.",
    "Hai Bên duy trì cơ chế trao đổi đoàn cấp cao và các cấp; hợp tác trao đổi thông tin và chia sẻ kinh nghiệm trong đấu tranh phòng, chống {topic0}.",
    "Về phương hướng hợp tác trong thời gian tới, {rank} {leader} đề nghị phía {country} xem xét thúc đẩy đàm phán tiến tới ký kết {agreement}.",
    "Hai Bên tăng cường hợp tác trong lĩnh vực {topic2}, chia sẻ kinh nghiệm trong việc xây dựng lực lượng.",
    "Ngài {official} ghi nhận và đánh giá cao các đề xuất hợp tác của phía Việt Nam, sẽ chỉ đạo các đơn vị chức năng phối hợp triển khai hiệu quả.",
    "Hai Bên thống nhất phối hợp chặt chẽ trong đấu tranh phòng, chống {topic1}, truy bắt đối tượng truy nã và bảo hộ công dân.",
    "Thời gian qua, lực lượng chức năng hai nước đã phối hợp điều tra nhiều chuyên án về {topic0}.",
    "Nhân dịp này, Bộ Công an Việt Nam và {ministry} đã ký {agreement}.",
    "Tham dự hội đàm có {officer}, lãnh đạo {department}, và ông {foreigner}, đại diện phía {country}.",
    "{officer}, {department} thông tin về tình hình {topic1} thời gian gần đây.",
];

/// Drops a space between two words with probability `1 / every` (`Hanoion`,
/// `GeneralTo Lam`); `every == 0` keeps every space.
fn glue(text: &str, every: usize, rng: &mut Rng) -> String {
    if every == 0 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    for c in text.chars() {
        if c == ' ' && prev.is_alphabetic() && rng.chance(1, every) {
            prev = c;
            continue;
        }
        out.push(c);
        prev = c;
    }
    out
}

/// A stray glyph at the start of a paragraph, now and then.
fn stray(rng: &mut Rng) -> &'static str {
    if rng.chance(1, 12) {
        pick(rng, STRAY)
    } else {
        ""
    }
}

/// Picks `k` distinct items of `items` (in random order).
fn distinct<T: Copy>(items: &[T], k: usize, rng: &mut Rng) -> Vec<T> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let k = k.min(items.len());
    for i in 0..k {
        let j = i + rng.below(items.len() - i);
        idx.swap(i, j);
    }
    idx.iter().take(k).filter_map(|&i| items.get(i).copied()).collect()
}

/// How often spaces go missing in one article: most pages are clean, some are badly scraped.
fn glue_rate(rng: &mut Rng) -> usize {
    match rng.below(10) {
        0..=5 => 0,
        6..=8 => 60,
        _ => 15,
    }
}

fn english(rng: &mut Rng) -> String {
    let c = Cast::new(rng);
    let every = glue_rate(rng);
    let title = fill_en(pick(rng, TITLES_EN), &c);
    let lede = fill_en(pick(rng, LEDES_EN), &c);
    let mut out = String::new();
    out.push_str(&title);
    out.push('\n');
    if rng.chance(1, 3) {
        out.push('\n');
    }
    // The lede often appears twice: as a summary, then after the dateline.
    if rng.chance(1, 2) {
        out.push_str(&lede);
        out.push('\n');
    }
    if rng.chance(1, 2) {
        let caption = fill_en(pick(rng, CAPTIONS_EN), &c);
        if rng.chance(1, 4) {
            // A caption glued to the headline, as scraped from a photo widget.
            out.push_str(&format!("{title} ảnh 1{caption}\n"));
        } else {
            out.push_str(&caption);
            out.push('\n');
        }
    }
    let city = if c.in_hanoi { "Hanoi" } else { c.partner.city };
    out.push_str(&format!("{city} (VNA) – {}\n", glue(&lede, every, rng)));
    let sentences = distinct(SENTENCES_EN, rng.range(5, 12), rng);
    let mut i = 0;
    while i < sentences.len() {
        let take = if rng.chance(1, 3) { 2 } else { 1 };
        let para: Vec<String> = sentences[i..(i + take).min(sentences.len())]
            .iter()
            .map(|s| fill_en(s, &c))
            .collect();
        i += take;
        out.push_str(stray(rng));
        out.push_str(&glue(&para.join(" "), every, rng));
        out.push('\n');
    }
    out.push_str(&fill_en(pick(rng, CLOSINGS_EN), &c));
    out.push_str("/.\n");
    if rng.chance(1, 2) {
        out.push_str("\nVNA\n");
    }
    if rng.chance(3, 4) {
        out.push_str("\nSee more\n\n");
        let k = rng.range(2, 6);
        for (h, l) in distinct(TEASERS_EN, k, rng) {
            out.push_str(&format!("{h}\n{l}\n\n"));
        }
    }
    out
}

fn vietnamese(rng: &mut Rng) -> String {
    let c = Cast::new(rng);
    let every = glue_rate(rng) * 2;
    let mut out = String::new();
    out.push_str(&fill_vi(pick(rng, TITLES_VI), &c));
    out.push_str("\n\n");
    out.push_str(&fill_vi(pick(rng, LEDES_VI), &c));
    out.push_str("\n\n");
    out.push_str(&format!("{:02}/{:02}/{}\n\n", c.day, c.month % 12 + 1, c.year));
    let k = rng.range(4, 9);
    for s in distinct(SENTENCES_VI, k, rng) {
        out.push_str(stray(rng));
        out.push_str(&glue(&fill_vi(s, &c), every, rng));
        out.push_str("\n\n");
        if rng.chance(1, 5) {
            // A photo caption, printed twice.
            let caption = fill_vi("{rank} {leader} và ngài {official}.", &c);
            out.push_str(&format!("{caption}\n{caption}\n\n \n\n"));
        }
    }
    out.push_str(pick(rng, AUTHORS_VI));
    out.push_str("\n\nIn\nChia sẻFacebook\n\nTin đọc nhiều trong tuần\n\nTin tức mới cập nhật\n\n");
    let k = rng.range(3, 8);
    for t in distinct(TEASERS_VI, k, rng) {
        out.push_str(&format!("{t}\n\n{t}\n\n"));
    }
    out.push_str("Chỉ đạo điều hành\n\nBỘ VỚI CÔNG DÂN\n");
    if rng.chance(1, 10) {
        // Some sources serve decomposed (NFD) Vietnamese.
        out = out.nfd().collect();
    }
    out
}

/// `n` synthetic raw articles from `seed`: `(file name, raw text)`, about one
/// in five Vietnamese. File names are `NNNNNN_<16 hex of the text's FNV-1a>.txt`,
/// like the seed files. Same seed and `n`, same bytes; a longer run extends a
/// shorter one (article `i` depends only on `seed` and `i`).
pub fn generate(seed: u64, n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| {
            let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
            rng.next_u64();
            let text = if rng.chance(1, 5) {
                vietnamese(&mut rng)
            } else {
                english(&mut rng)
            };
            let name = format!("{i:06}_{:016x}.txt", crate::hash::fnv1a64(text.as_bytes()));
            (name, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes() {
        let a = generate(42, 60);
        let b = generate(42, 60);
        assert_eq!(a, b);
        let c = generate(43, 60);
        assert_ne!(a, c);
        // A longer run extends a shorter one.
        assert_eq!(&generate(42, 100)[..60], &a[..]);
    }

    /// Fixed bytes for seed 7: guards against platform- or release-dependent generation.
    #[test]
    fn seed_7_is_stable() {
        let files = generate(7, 3);
        let digest: Vec<u64> = files.iter().map(|(_, t)| crate::hash::fnv1a64(t.as_bytes())).collect();
        let names: Vec<String> = digest
            .iter()
            .enumerate()
            .map(|(i, d)| format!("{i:06}_{d:016x}.txt"))
            .collect();
        assert_eq!(files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(), names);
        assert_eq!(digest, STABLE_SEED_7);
    }

    const STABLE_SEED_7: [u64; 3] = [18050926790882078730, 1296878050635483532, 18086117197116396553];

    #[test]
    fn about_one_in_five_is_vietnamese_and_has_the_seed_noise() {
        let files = generate(1, 1000);
        let vi = files
            .iter()
            .filter(|(_, t)| crate::lang::detect(t) == crate::lang::Lang::Vi)
            .count();
        assert!((150..=250).contains(&vi), "{vi} Vietnamese of 1000");
        let all: String = files.iter().map(|(_, t)| t.as_str()).collect();
        for mark in [
            "./.",
            "See more",
            "(VNA) –",
            "Chia sẻFacebook",
            "Đại tướng Tô Lâm",
            "General To Lam",
            "🌞",
        ] {
            assert!(all.contains(mark), "no {mark:?}");
        }
        let glued = all.contains("GeneralTo") || all.contains("ofVietnam") || all.contains("theminutes");
        assert!(
            glued
                || all
                    .split(' ')
                    .any(|w| w.len() > 20 && w.chars().all(char::is_alphabetic))
        );
        let nfd = files.iter().filter(|(_, t)| t.contains('\u{0302}')).count();
        assert!(nfd > 0, "no NFD article");
    }

    #[test]
    fn every_generated_article_parses() {
        for (name, text) in generate(5, 200) {
            let rec = crate::pipeline::process(&name, text.as_bytes());
            let rec = rec.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!rec.article.title.is_empty());
            assert!(rec.article.body().len() > 200, "{name}");
        }
    }

    #[test]
    fn rng_is_uniform_enough() {
        let mut rng = Rng::new(9);
        let mut counts = [0usize; 10];
        for _ in 0..10_000 {
            counts[rng.below(10)] += 1;
        }
        assert!(counts.iter().all(|&c| (800..1200).contains(&c)), "{counts:?}");
        assert_eq!(rng.below(0), 0);
        assert!((3..=5).contains(&rng.range(3, 5)));
    }
}
