//! Unseen articles: invented but realistic English and Vietnamese paragraphs (VNA, Bộ Công an, Nhân Dân, VnExpress style) on the partners Vietnam's MPS meets most, each with the people (id, title, country), organisations, countries, agreements and meeting facts a reader would expect. Run through `pipeline::process`, the path articles a user imports take.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on their own fixtures

use counterparts::entity::{self, EntityKind};
use counterparts::filters::Level;
use counterparts::lang::Lang;
use counterparts::meeting::Meeting;
use counterparts::pipeline;

/// A person expected: id, a part of the title (unchecked when `None`), country (unchecked when `None`).
type PersonWant = (&'static str, Option<&'static str>, Option<&'static str>);

/// The meeting expected of an article.
enum Meet {
    /// Not checked (not a bilateral ministry meeting the model keeps, e.g. with Interpol).
    Skip,
    /// No meeting may be extracted.
    No,
    /// The reported meeting.
    Yes(MeetWant),
}

struct MeetWant {
    partners: &'static [&'static str],
    level: Level,
    vietnam: &'static str,
    partner: &'static str,
    /// Agreement ids signed (checked when `Some`).
    agreements: Option<&'static [&'static str]>,
}

struct Row {
    name: &'static str,
    /// Headline, blank line, story (as a saved page's text).
    text: &'static str,
    /// Every person of the story; any other person is a false positive.
    people: &'static [PersonWant],
    /// Organisation ids that must be tagged.
    orgs: &'static [&'static str],
    /// Country codes that must be tagged as countries.
    countries: &'static [&'static str],
    /// Agreement ids that must be tagged.
    agreements: &'static [&'static str],
    meeting: Meet,
}

const ROWS: &[Row] = &[
    // -----------------------------------------------------------------------------------------------------------
    // Regressions found by other helpers
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "regression: Tran Quoc To keeps 'To'; Tsuyuki leads the NPA of Japan's delegation",
        text: "Deputy minister receives Japanese police delegation\n\nHanoi (VNA) – Deputy Minister of Public Security Senior Lieutenant General Tran Quoc To received a delegation of the National Police Agency of Japan led by Commissioner General Yasuhiro Tsuyuki in Hanoi on March 14.\n\nDeputy Minister To proposed that the two sides step up cooperation in combating cybercrime, drug trafficking and human trafficking. Tsuyuki said the agency would continue training Vietnamese officers./.",
        people: &[
            ("person:tran-quoc-to", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:yasuhiro-tsuyuki", Some("Commissioner General"), Some("JP")),
        ],
        orgs: &["org:jp-national-police-agency"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::DeputyMinister,
            vietnam: "person:tran-quoc-to",
            partner: "person:yasuhiro-tsuyuki",
            agreements: None,
        }),
    },
    Row {
        name: "regression vi: China's Bộ An ninh Công cộng is China's; Vương Tiểu Hồng is one name",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Bộ An ninh Công cộng Trung Quốc\n\nChiều 12/6, tại Hà Nội, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đã hội đàm với Bộ trưởng Bộ An ninh Công cộng Trung Quốc Vương Tiểu Hồng nhân dịp Bộ trưởng Vương Tiểu Hồng thăm chính thức Việt Nam.\n\nHai bên nhất trí tăng cường hợp tác phòng, chống tội phạm ma túy, tội phạm công nghệ cao, mua bán người và xuất nhập cảnh trái phép.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:vuong-tieu-hong", Some("Bộ trưởng Bộ An ninh Công cộng"), Some("CN")),
        ],
        orgs: &["org:vn-mps", "org:cn-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CN"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:vuong-tieu-hong",
            agreements: None,
        }),
    },
    Row {
        name: "regression vi: title before 'và' stays with its name; Lao name and Bộ An ninh Lào",
        text: "Giao ban công tác bảo vệ an ninh biên giới Việt Nam - Lào\n\nSáng 20/3, tại Viêng Chăn, Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an và Thiếu tướng Khampheng Saysompheng, Thứ trưởng Bộ An ninh Lào đồng chủ trì hội nghị giao ban công tác bảo đảm an ninh, trật tự khu vực biên giới.\n\nKết thúc hội nghị, hai bên đã ký Biên bản hội nghị.",
        people: &[
            ("person:tran-quoc-to", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:khampheng-saysompheng", Some("Thứ trưởng Bộ An ninh"), Some("LA")),
        ],
        orgs: &["org:vn-mps", "org:la-mps"],
        countries: &[],
        agreements: &["agreement:minutes"],
        meeting: Meet::Yes(MeetWant {
            partners: &["LA"],
            level: Level::DeputyMinister,
            vietnam: "person:tran-quoc-to",
            partner: "person:khampheng-saysompheng",
            agreements: Some(&["agreement:minutes"]),
        }),
    },
    Row {
        name: "regression: Sakamoto Tetsushi (family name first); two agreements signed",
        text: "Minister of Public Security receives Japanese minister\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang received Sakamoto Tetsushi, Chairman of the National Public Safety Commission of Japan, in Hanoi on November 20.\n\nThe two sides signed two agreements on cooperation in combating transnational crime./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:sakamoto-tetsushi", Some("Chairman"), Some("JP")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &["agreement:agreement-on-transnational-crime"],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:sakamoto-tetsushi",
            agreements: Some(&["agreement:agreement-on-transnational-crime"]),
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // China
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en China: ministers of public security in Beijing",
        text: "Vietnam, China public security ministers hold talks\n\nBeijing (VNA) – Minister of Public Security General Luong Tam Quang held talks with Chinese State Councilor and Minister of Public Security Wang Xiaohong in Beijing on August 19.\n\nWang said China valued its cooperation with Vietnam's Ministry of Public Security. Quang proposed that the two sides step up the fight against telecom fraud and online gambling along the border./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:wang-xiaohong", Some("Minister of Public Security"), Some("CN")),
        ],
        orgs: &["org:vn-mps"],
        countries: &["CN"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CN"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:wang-xiaohong",
            agreements: None,
        }),
    },
    Row {
        name: "en China: Chinese vice minister received, host named second",
        text: "Deputy minister receives Chinese vice minister\n\nHanoi (VNA) – Chinese Vice Minister of Public Security Xu Datong paid a courtesy call on Deputy Minister of Public Security Senior Lieutenant General Nguyen Van Long in Hanoi on June 3.\n\nLong asked the two ministries to share information on wanted criminals. Xu pledged to assist Vietnam in repatriating illegal migrants./.",
        people: &[
            ("person:xu-datong", Some("Vice Minister of Public Security"), Some("CN")),
            ("person:nguyen-van-long", Some("Deputy Minister of Public Security"), Some("VN")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CN"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:xu-datong",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Laos
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Laos: two deputy ministers joined by 'and'",
        text: "Vietnam, Laos hold 10th deputy ministerial meeting\n\nVientiane (VNA) – Deputy Minister of Public Security Lieutenant General Le Van Tuyen and Lao Deputy Minister of Public Security Major General Thongbane Sengaphone co-chaired the 10th deputy ministerial meeting in Vientiane on October 9.\n\nTuyen and Thongbane signed the minutes of the meeting./.",
        people: &[
            ("person:le-van-tuyen", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:thongbane-sengaphone", Some("Deputy Minister of Public Security"), Some("LA")),
        ],
        orgs: &[],
        countries: &["LA"],
        agreements: &["agreement:minutes"],
        meeting: Meet::Yes(MeetWant {
            partners: &["LA"],
            level: Level::DeputyMinister,
            vietnam: "person:le-van-tuyen",
            partner: "person:thongbane-sengaphone",
            agreements: Some(&["agreement:minutes"]),
        }),
    },
    Row {
        name: "vi Laos: Bộ trưởng Bộ An ninh Lào received in Hà Nội",
        text: "Bộ trưởng Lương Tam Quang tiếp Bộ trưởng Bộ An ninh Lào\n\nChiều 8/1, tại trụ sở Bộ Công an, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp Đại tướng Vilay Lakhamfong, Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ An ninh Lào.\n\nHai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:vilay-lakhamfong", Some("Bộ trưởng Bộ An ninh"), Some("LA")),
        ],
        orgs: &["org:vn-mps", "org:la-mps"],
        countries: &[],
        agreements: &["agreement:cooperation-plan"],
        meeting: Meet::Yes(MeetWant {
            partners: &["LA"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:vilay-lakhamfong",
            agreements: Some(&["agreement:cooperation-plan"]),
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Cambodia
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Cambodia: apposition host, two Cambodians sharing a first word",
        text: "Vietnam, Cambodia strengthen police cooperation\n\nPhnom Penh (VNA) – Senior Lieutenant General Nguyen Van Long, Deputy Minister of Public Security, paid a courtesy call on Cambodian Deputy Prime Minister and Minister of Interior Sar Sokha in Phnom Penh on May 22.\n\nLong also held talks with Cambodian National Police Commissioner General Sar Thet./.",
        people: &[
            ("person:nguyen-van-long", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:sar-sokha", Some("Minister of Interior"), Some("KH")),
            ("person:sar-thet", None, Some("KH")),
        ],
        orgs: &[],
        countries: &["KH"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KH"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:sar-sokha",
            agreements: None,
        }),
    },
    Row {
        name: "vi Cambodia: Cambodian general with rank and apposition",
        text: "Thứ trưởng Bộ Công an hội đàm với Tổng Tư lệnh Cảnh sát quốc gia Campuchia\n\nNgày 14/7, tại Phnôm Pênh, Trung tướng Nguyễn Ngọc Lâm, Thứ trưởng Bộ Công an đã hội đàm với Đại tướng Sar Thet, Tổng Tư lệnh Cảnh sát quốc gia Campuchia.\n\nHai bên thống nhất đẩy mạnh đấu tranh với tội phạm lừa đảo trực tuyến.",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:sar-thet", Some("Tư lệnh"), Some("KH")),
        ],
        orgs: &["org:vn-mps"],
        countries: &["KH"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KH"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-ngoc-lam",
            partner: "person:sar-thet",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Russia
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Russia: Minister of Internal Affairs with rank; Security Council secretary",
        text: "Vietnam, Russia boost law enforcement ties\n\nMoscow (VNA) – Minister of Public Security General Luong Tam Quang held talks with Russian Minister of Internal Affairs Police General Vladimir Kolokoltsev in Moscow on July 3.\n\nThe two ministers signed a cooperation plan for 2025-2027. Earlier, Quang met Secretary of the Security Council of Russia Sergei Shoigu./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:vladimir-kolokoltsev", Some("Minister of Internal Affairs"), Some("RU")),
            ("person:sergei-shoigu", Some("Secretary"), Some("RU")),
        ],
        orgs: &[],
        countries: &["RU"],
        agreements: &["agreement:cooperation-plan"],
        meeting: Meet::Yes(MeetWant {
            partners: &["RU"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:vladimir-kolokoltsev",
            agreements: Some(&["agreement:cooperation-plan"]),
        }),
    },
    Row {
        name: "vi Russia: Thứ trưởng Bộ Nội vụ Liên bang Nga",
        text: "Thứ trưởng Lê Quốc Hùng tiếp Thứ trưởng Bộ Nội vụ Nga\n\nChiều 15/10, tại Hà Nội, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã tiếp Thứ trưởng Bộ Nội vụ Liên bang Nga Alexander Gorovoy.\n\nThứ trưởng Lê Quốc Hùng đề nghị hai bên tăng cường trao đổi thông tin về tội phạm sử dụng công nghệ cao.",
        people: &[
            ("person:le-quoc-hung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:alexander-gorovoy", Some("Thứ trưởng Bộ Nội vụ"), Some("RU")),
        ],
        orgs: &["org:vn-mps", "org:ru-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["RU"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:alexander-gorovoy",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Japan
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Japan: ambassador with family name first attends",
        text: "Vietnam, Japan discuss police training\n\nTokyo (VNA) – Deputy Minister of Public Security Lieutenant General Pham The Tung held talks with Japanese Minister of Justice Suzuki Keisuke in Tokyo on September 10.\n\nJapanese Ambassador to Vietnam Ito Naoki also attended./.",
        people: &[
            ("person:pham-the-tung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:suzuki-keisuke", Some("Minister of Justice"), Some("JP")),
            ("person:ito-naoki", Some("Ambassador"), Some("JP")),
        ],
        orgs: &[],
        countries: &["JP"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::DeputyMinister,
            vietnam: "person:pham-the-tung",
            partner: "person:suzuki-keisuke",
            agreements: None,
        }),
    },
    Row {
        name: "vi Japan: Tổng cục trưởng Cơ quan Cảnh sát Quốc gia Nhật Bản",
        text: "Thứ trưởng Phạm Thế Tùng tiếp Tổng cục trưởng Cảnh sát Nhật Bản\n\nNgày 2/12, tại Hà Nội, Thượng tướng Phạm Thế Tùng, Thứ trưởng Bộ Công an đã tiếp ông Tsuyuki Yasuhiro, Tổng cục trưởng Cơ quan Cảnh sát Quốc gia Nhật Bản.",
        people: &[
            ("person:pham-the-tung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:tsuyuki-yasuhiro", Some("Tổng cục trưởng"), Some("JP")),
        ],
        orgs: &["org:vn-mps", "org:jp-national-police-agency"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::DeputyMinister,
            vietnam: "person:pham-the-tung",
            partner: "person:tsuyuki-yasuhiro",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // South Korea
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Korea: KNPA commissioner general, hyphenated given name",
        text: "Deputy minister receives Korean police chief\n\nHanoi (VNA) – Deputy Minister of Public Security Senior Lieutenant General Pham The Tung received Commissioner General of the Korean National Police Agency Cho Ji-ho in Hanoi on April 2.\n\nCho thanked the ministry for its help in arresting Korean fugitives./.",
        people: &[
            ("person:pham-the-tung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:cho-ji-ho", Some("Commissioner General"), Some("KR")),
        ],
        orgs: &["org:kr-national-police-agency"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KR"],
            level: Level::DeputyMinister,
            vietnam: "person:pham-the-tung",
            partner: "person:cho-ji-ho",
            agreements: None,
        }),
    },
    Row {
        name: "en Korea: the foreign minister hosts the Vietnamese deputy minister",
        text: "Korea's interior minister receives Vietnamese delegation\n\nSeoul (VNA) – Korean Minister of the Interior and Safety Lee Sang-min received Deputy Minister of Public Security Senior Lieutenant General Nguyen Duy Ngoc in Seoul on Thursday.\n\nLee said Korea wanted to expand cooperation in fire prevention and control./.",
        people: &[
            ("person:lee-sang-min", Some("Minister of the Interior and Safety"), Some("KR")),
            ("person:nguyen-duy-ngoc", Some("Deputy Minister of Public Security"), Some("VN")),
        ],
        orgs: &[],
        countries: &["KR"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KR"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-duy-ngoc",
            partner: "person:lee-sang-min",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // United States
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en US: Director of the FBI",
        text: "Minister receives FBI Director\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang received Director of the FBI Christopher Wray in Hanoi on Monday.\n\nQuang asked the FBI to share information on cyber attacks targeting Vietnam./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:christopher-wray", Some("Director"), Some("US")),
        ],
        orgs: &["org:us-fbi"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["US"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:christopher-wray",
            agreements: None,
        }),
    },
    Row {
        name: "en US: Attorney General with a middle initial, Secretary of Homeland Security",
        text: "Deputy minister visits the United States\n\nWashington (VNA) – Deputy Minister of Public Security Senior Lieutenant General Le Quoc Hung met US Attorney General Merrick B. Garland in Washington on September 12.\n\nHung also held talks with US Secretary of Homeland Security Alejandro Mayorkas./.",
        people: &[
            ("person:le-quoc-hung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:merrick-b-garland", Some("Attorney General"), Some("US")),
            ("person:alejandro-mayorkas", Some("Secretary of Homeland Security"), Some("US")),
        ],
        orgs: &[],
        countries: &["US"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["US"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:merrick-b-garland",
            agreements: None,
        }),
    },
    Row {
        name: "vi US: ambassador with a middle initial",
        text: "Thứ trưởng Lê Quốc Hùng tiếp Đại sứ Hoa Kỳ\n\nSáng 5/8, tại trụ sở Bộ Công an, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã tiếp ông Marc E. Knapper, Đại sứ đặc mệnh toàn quyền Hoa Kỳ tại Việt Nam.",
        people: &[
            ("person:le-quoc-hung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:marc-e-knapper", Some("Đại sứ"), Some("US")),
        ],
        orgs: &["org:vn-mps"],
        countries: &["US", "VN"],
        agreements: &[],
        meeting: Meet::Skip,
    },
    // -----------------------------------------------------------------------------------------------------------
    // Australia, United Kingdom, France, Germany
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Australia: AFP Commissioner, day month year, MoU",
        text: "Vietnam, Australia sign police MoU\n\nCanberra (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Ngoc Lam held talks with Australian Federal Police Commissioner Reece Kershaw in Canberra on 14 November 2024.\n\nAfter the talks, the two sides signed a Memorandum of Understanding on combating transnational crime and developing police cooperation./.",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:reece-kershaw", Some("Commissioner"), Some("AU")),
        ],
        orgs: &["org:au-afp"],
        countries: &[],
        agreements: &["agreement:mou"],
        meeting: Meet::Yes(MeetWant {
            partners: &["AU"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-ngoc-lam",
            partner: "person:reece-kershaw",
            agreements: Some(&["agreement:mou"]),
        }),
    },
    Row {
        name: "en UK: Secretary of State for the Home Department",
        text: "Vietnam, UK hold talks on illegal migration\n\nLondon (VNA) – Minister of Public Security General Luong Tam Quang held talks with British Secretary of State for the Home Department Yvette Cooper in London on February 25.\n\nCooper said the UK wanted to work with Vietnam to fight people smuggling. Minister of State for Security Dan Jarvis also attended./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:yvette-cooper", Some("Secretary of State for the Home Department"), Some("GB")),
            ("person:dan-jarvis", Some("Minister of State"), None),
        ],
        orgs: &[],
        countries: &["GB"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["GB"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:yvette-cooper",
            agreements: None,
        }),
    },
    Row {
        name: "en France: French interior minister, then the national police chief",
        text: "Deputy minister holds talks in France\n\nParis (VNA) – Deputy Minister of Public Security Lieutenant General Dang Hong Duc met French Minister of the Interior Bruno Retailleau in Paris on June 4.\n\nDuc also had a working session with Director General of the French National Police Louis Laugier./.",
        people: &[
            ("person:dang-hong-duc", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:bruno-retailleau", Some("Minister of the Interior"), Some("FR")),
            ("person:louis-laugier", Some("Director General"), Some("FR")),
        ],
        orgs: &[],
        countries: &["FR"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["FR"],
            level: Level::DeputyMinister,
            vietnam: "person:dang-hong-duc",
            partner: "person:bruno-retailleau",
            agreements: None,
        }),
    },
    Row {
        name: "vi France: Bộ trưởng Bộ Nội vụ Pháp before the name",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Bộ Nội vụ Pháp\n\nNgày 6/10, tại Paris, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội đàm với Bộ trưởng Bộ Nội vụ Pháp Bruno Retailleau.\n\nHai bên đã ký Thư ý định về hợp tác đào tạo.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:bruno-retailleau", Some("Bộ trưởng Bộ Nội vụ"), Some("FR")),
        ],
        orgs: &["org:vn-mps", "org:fr-home-affairs"],
        countries: &[],
        agreements: &["agreement:letter-of-intent"],
        meeting: Meet::Yes(MeetWant {
            partners: &["FR"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:bruno-retailleau",
            agreements: Some(&["agreement:letter-of-intent"]),
        }),
    },
    Row {
        name: "en Germany: Federal Minister of the Interior and Community",
        text: "Vietnam, Germany discuss security cooperation\n\nBerlin (VNA) – Minister of Public Security General Luong Tam Quang held talks with German Federal Minister of the Interior and Community Nancy Faeser in Berlin on Thursday.\n\nFaeser said Germany was ready to cooperate in fighting human trafficking./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:nancy-faeser", Some("Minister of the Interior"), Some("DE")),
        ],
        orgs: &[],
        countries: &["DE"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["DE"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:nancy-faeser",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Singapore, Thailand, Indonesia, India
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Singapore: annual meeting with a three-part name",
        text: "Vietnam, Singapore hold 13th annual meeting\n\nSingapore (VNA) – Deputy Minister of Public Security Senior Lieutenant General Le Quoc Hung and Permanent Secretary of Singapore's Ministry of Home Affairs Pang Kin Keong co-chaired the 13th deputy ministerial-level annual meeting in Singapore on October 10./.",
        people: &[
            ("person:le-quoc-hung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:pang-kin-keong", Some("Permanent Secretary"), Some("SG")),
        ],
        orgs: &["org:sg-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["SG"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:pang-kin-keong",
            agreements: None,
        }),
    },
    Row {
        name: "vi Singapore: honorific and apposition with Quốc vụ khanh",
        text: "Thứ trưởng Nguyễn Văn Long tiếp Quốc vụ khanh Bộ Nội vụ Singapore\n\nNgày 22/4, tại Hà Nội, Thượng tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an đã tiếp bà Sun Xueling, Quốc vụ khanh Bộ Nội vụ Singapore.",
        people: &[
            ("person:nguyen-van-long", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:sun-xueling", Some("Quốc vụ khanh"), Some("SG")),
        ],
        orgs: &["org:vn-mps", "org:sg-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["SG"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:sun-xueling",
            agreements: None,
        }),
    },
    Row {
        name: "en Thailand: Pol. Gen. abbreviation and apposition",
        text: "Vietnam, Thailand police chiefs meet\n\nBangkok (VNA) – Deputy Minister of Public Security Senior Lieutenant General Nguyen Van Long held talks with Pol. Gen. Kittirat Phanphet, Commissioner-General of the Royal Thai Police, in Bangkok on January 16./.",
        people: &[
            ("person:nguyen-van-long", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:kittirat-phanphet", Some("Commissioner-General"), Some("TH")),
        ],
        orgs: &["org:th-royal-thai-police"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["TH"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:kittirat-phanphet",
            agreements: None,
        }),
    },
    Row {
        name: "vi Thailand: Đại tướng Cảnh sát",
        text: "Thứ trưởng Nguyễn Văn Long hội đàm với Tư lệnh Cảnh sát Hoàng gia Thái Lan\n\nNgày 16/1, tại Băng Cốc, Thượng tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an đã hội đàm với Đại tướng Cảnh sát Kittirat Phanphet, Tư lệnh Cảnh sát Hoàng gia Thái Lan.",
        people: &[
            ("person:nguyen-van-long", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:kittirat-phanphet", Some("Tư lệnh"), Some("TH")),
        ],
        orgs: &["org:vn-mps", "org:th-royal-thai-police"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["TH"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:kittirat-phanphet",
            agreements: None,
        }),
    },
    Row {
        name: "en Indonesia: Chief of the Indonesian National Police with a police rank",
        text: "Vietnam, Indonesia police to share intelligence\n\nJakarta (VNA) – Minister of Public Security General Luong Tam Quang held talks with Chief of the Indonesian National Police Police General Listyo Sigit Prabowo in Jakarta on Wednesday.\n\nListyo said Indonesia would cooperate in fighting terrorism./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:listyo-sigit-prabowo", Some("Chief"), Some("ID")),
        ],
        orgs: &[],
        countries: &["ID"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["ID"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:listyo-sigit-prabowo",
            agreements: None,
        }),
    },
    Row {
        name: "en India: Union Home Secretary",
        text: "Vietnam, India discuss cooperation against cybercrime\n\nNew Delhi (VNA) – Deputy Minister of Public Security Lieutenant General Le Van Tuyen met Indian Union Home Secretary Govind Mohan in New Delhi on April 8./.",
        people: &[
            ("person:le-van-tuyen", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:govind-mohan", Some("Home Secretary"), Some("IN")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["IN"],
            level: Level::DeputyMinister,
            vietnam: "person:le-van-tuyen",
            partner: "person:govind-mohan",
            agreements: None,
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Cuba, Belarus, Hungary
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Cuba: four-part Spanish name with a Cuban rank",
        text: "Minister receives Cuban interior minister\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang received Cuban Minister of the Interior Division General Lázaro Alberto Álvarez Casas in Hanoi on 2 September./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:lazaro-alberto-alvarez-casas", Some("Minister of the Interior"), Some("CU")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CU"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:lazaro-alberto-alvarez-casas",
            agreements: None,
        }),
    },
    Row {
        name: "vi Cuba: rank, name, apposition",
        text: "Bộ trưởng Lương Tam Quang tiếp Bộ trưởng Bộ Nội vụ Cuba\n\nChiều 2/9, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp Thiếu tướng Lázaro Alberto Álvarez Casas, Bộ trưởng Bộ Nội vụ Cuba.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:lazaro-alberto-alvarez-casas", Some("Bộ trưởng Bộ Nội vụ"), Some("CU")),
        ],
        orgs: &["org:vn-mps", "org:cu-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CU"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:lazaro-alberto-alvarez-casas",
            agreements: None,
        }),
    },
    Row {
        name: "en Belarus: Minister of Internal Affairs with a rank",
        text: "Vietnam, Belarus hold talks on crime prevention\n\nMinsk (VNA) – Deputy Minister of Public Security Senior Lieutenant General Tran Quoc To held talks with Belarusian Minister of Internal Affairs Lieutenant General Ivan Kubrakov in Minsk on June 26./.",
        people: &[
            ("person:tran-quoc-to", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:ivan-kubrakov", Some("Minister of Internal Affairs"), Some("BY")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["BY"],
            level: Level::DeputyMinister,
            vietnam: "person:tran-quoc-to",
            partner: "person:ivan-kubrakov",
            agreements: None,
        }),
    },
    Row {
        name: "vi Belarus: Trung tướng, apposition, Bộ Nội vụ Belarus",
        text: "Thứ trưởng Trần Quốc Tỏ hội đàm với Bộ trưởng Bộ Nội vụ Belarus\n\nNgày 26/6, tại Minsk, Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an đã hội đàm với Trung tướng Ivan Kubrakov, Bộ trưởng Bộ Nội vụ Belarus.",
        people: &[
            ("person:tran-quoc-to", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:ivan-kubrakov", Some("Bộ trưởng Bộ Nội vụ"), Some("BY")),
        ],
        orgs: &["org:vn-mps", "org:by-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["BY"],
            level: Level::DeputyMinister,
            vietnam: "person:tran-quoc-to",
            partner: "person:ivan-kubrakov",
            agreements: None,
        }),
    },
    Row {
        name: "en Hungary: Minister of Interior; an agreement signed",
        text: "Vietnam, Hungary sign security agreement\n\nBudapest (VNA) – Minister of Public Security General Luong Tam Quang held talks with Hungarian Minister of Interior Sándor Pintér in Budapest on May 13.\n\nThe two ministers signed an agreement on cooperation in combating organised crime./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:sandor-pinter", Some("Minister of Interior"), Some("HU")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &["agreement:agreement-on-transnational-crime"],
        meeting: Meet::Yes(MeetWant {
            partners: &["HU"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:sandor-pinter",
            agreements: Some(&["agreement:agreement-on-transnational-crime"]),
        }),
    },
    // -----------------------------------------------------------------------------------------------------------
    // Interpol, UNODC, ASEANAPOL
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Interpol: Secretary General at Lyon",
        text: "Deputy minister visits Interpol headquarters\n\nLyon (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Ngoc Lam met Interpol Secretary General Valdecy Urquiza at the organisation's headquarters in Lyon on October 2./.",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:valdecy-urquiza", Some("Secretary General"), None),
        ],
        orgs: &["org:interpol"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en UNODC: regional representative",
        text: "Deputy minister receives UNODC representative\n\nHanoi (VNA) – Deputy Minister of Public Security Senior Lieutenant General Le Quoc Hung received UNODC Regional Representative for Southeast Asia and the Pacific Masood Karimipour in Hanoi on Friday./.",
        people: &[
            ("person:le-quoc-hung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:masood-karimipour", Some("Representative"), None),
        ],
        orgs: &["org:unodc"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en ASEANAPOL: police rank, apposition, host named second",
        text: "ASEANAPOL executive director pays courtesy call\n\nHanoi (VNA) – Police Brigadier General Jaime Santos, Executive Director of the ASEANAPOL Secretariat, paid a courtesy call on Deputy Minister of Public Security Senior Lieutenant General Le Quoc Hung in Hanoi on March 5./.",
        people: &[
            ("person:jaime-santos", Some("Executive Director"), None),
            ("person:le-quoc-hung", Some("Deputy Minister of Public Security"), Some("VN")),
        ],
        orgs: &["org:aseanapol"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "vi Interpol: honorific, hyphenated Arabic name, Chủ tịch Interpol",
        text: "Thứ trưởng Nguyễn Ngọc Lâm tiếp Chủ tịch Interpol\n\nNgày 10/11, tại Hà Nội, Trung tướng Nguyễn Ngọc Lâm, Thứ trưởng Bộ Công an đã tiếp ông Ahmed Naser Al-Raisi, Chủ tịch Tổ chức Cảnh sát Hình sự Quốc tế (Interpol).",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:ahmed-naser-al-raisi", Some("Chủ tịch"), None),
        ],
        orgs: &["org:vn-mps", "org:interpol"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    // -----------------------------------------------------------------------------------------------------------
    // Vietnamese names that are also English words; precision
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Vietnamese names made of English words",
        text: "Leaders attend cyber security forum\n\nHanoi (VNA) – Prime Minister Pham Minh Chinh, Deputy Prime Minister and Foreign Minister Bui Thanh Son, Minister of Information and Communications Nguyen Manh Hung and Deputy Minister of Public Security Lieutenant General Le Van Tuyen attended the forum in Hanoi on Tuesday.\n\nAmbassador Vu Hai Ha and Major General Do Van Ban, Director of the Department of Cyber Security, also spoke./.",
        people: &[
            ("person:pham-minh-chinh", Some("Prime Minister"), None),
            ("person:bui-thanh-son", Some("Minister"), None),
            ("person:nguyen-manh-hung", Some("Minister of Information and Communications"), None),
            ("person:le-van-tuyen", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:vu-hai-ha", Some("Ambassador"), None),
            ("person:do-van-ban", Some("Director"), None),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "en no people: Party bodies, Public Security, cities, provinces, months",
        text: "Police step up fight against drug crime\n\nHanoi (VNA) – In May, the Politburo and the Party Central Committee asked Public Security forces in Ho Chi Minh City, Ha Noi and Da Nang to step up the fight against drug crime.\n\nThe Ministry of Public Security said Public Security units of Long An and Ha Nam provinces seized 120 kg of heroin in June. The People's Police Academy and the Department of Cyber Security will hold training courses in August./.",
        people: &[],
        orgs: &["org:vn-politburo", "org:vn-party-central-committee", "org:vn-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "vi no people: Bộ Chính trị, Ban Chấp hành Trung ương, Công an Thành phố",
        text: "Công an các địa phương ra quân trấn áp tội phạm\n\nTháng Năm, thực hiện chỉ đạo của Bộ Chính trị và Ban Chấp hành Trung ương Đảng, Công an Thành phố Hồ Chí Minh, Công an thành phố Hà Nội và Công an tỉnh Long An đã ra quân trấn áp tội phạm ma túy.\n\nBộ Công an cho biết Học viện Cảnh sát nhân dân sẽ mở lớp tập huấn vào tháng Tám.",
        people: &[],
        orgs: &["org:vn-politburo", "org:vn-party-central-committee", "org:vn-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "en not an MPS meeting: Lao minister receives the Vietnamese ambassador",
        text: "Lao minister receives Vietnamese ambassador\n\nVientiane (VNA) – Lao Minister of Public Security General Vilay Lakhamfong received Vietnamese Ambassador to Laos Nguyen Minh Tam in Vientiane on Tuesday./.",
        people: &[
            ("person:vilay-lakhamfong", Some("Minister of Public Security"), Some("LA")),
            ("person:nguyen-minh-tam", Some("Ambassador"), Some("VN")),
        ],
        orgs: &[],
        countries: &["LA"],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "en Singapore hosts: name, then titles joined by 'and', then the guest with title after the name",
        text: "Singapore minister receives Vietnamese deputy minister\n\nSingapore (VNA) – K. Shanmugam, Minister for Home Affairs and Minister for Law of Singapore, received Senior Lieutenant General Nguyen Van Long, Deputy Minister of Public Security of Vietnam, in Singapore on July 18./.",
        people: &[
            ("person:k-shanmugam", Some("Minister for Home Affairs"), Some("SG")),
            ("person:nguyen-van-long", Some("Deputy Minister of Public Security"), Some("VN")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["SG"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:k-shanmugam",
            agreements: None,
        }),
    },
    Row {
        name: "vi Vietnamese names that are words: Tỏ, Sơn, Long, Hùng, Nam, Hà, Bản",
        text: "Hội nghị Công an toàn quốc\n\nDự hội nghị có Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an; Trung tướng Nguyễn Văn Sơn, Cục trưởng Cục An ninh đối ngoại; Thiếu tướng Vũ Hải Nam, Giám đốc Công an tỉnh Hà Nam và Thiếu tướng Đỗ Văn Bản, Phó Cục trưởng.",
        people: &[
            ("person:tran-quoc-to", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:nguyen-van-son", Some("Cục trưởng"), None),
            ("person:vu-hai-nam", Some("Giám đốc"), None),
            ("person:do-van-ban", Some("Phó Cục trưởng"), None),
        ],
        orgs: &["org:vn-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    // -----------------------------------------------------------------------------------------------------------
    // Second batch, written before running the tagger on it
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en China: Minister of State Security (a Vietnamese-looking Chinese name), host named first",
        text: "Vietnam, China discuss security cooperation\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang held talks with Chinese Minister of State Security Chen Yixin in Hanoi on December 9.\n\nChen said the two ministries should jointly guard against 'colour revolutions'. The two sides signed a cooperation plan for 2025-2026./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:chen-yixin", Some("Minister of State Security"), Some("CN")),
        ],
        orgs: &[],
        countries: &["CN"],
        agreements: &["agreement:cooperation-plan"],
        meeting: Meet::Yes(MeetWant {
            partners: &["CN"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:chen-yixin",
            agreements: Some(&["agreement:cooperation-plan"]),
        }),
    },
    Row {
        name: "vi China: Trần Văn Thanh is Chinese here (Bộ An ninh Quốc gia Trung Quốc)",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Bộ An ninh Quốc gia Trung Quốc\n\nChiều 9/12, tại Hà Nội, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an hội đàm với ông Trần Nhất Tân, Bộ trưởng Bộ An ninh Quốc gia Trung Quốc.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:tran-nhat-tan", Some("Bộ trưởng Bộ An ninh Quốc gia"), Some("CN")),
        ],
        orgs: &["org:vn-mps", "org:cn-state-security"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CN"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:tran-nhat-tan",
            agreements: None,
        }),
    },
    Row {
        name: "en Laos: ordinal meeting co-chaired, minutes and plan signed, host named second",
        text: "Vietnam, Laos hold 12th ministerial meeting on security cooperation\n\nVientiane (VNA) – Lao Deputy Prime Minister and Minister of Public Security General Vilay Lakhamfong and Vietnamese Minister of Public Security General Luong Tam Quang co-chaired the 12th ministerial meeting in Vientiane on November 28.\n\nThe two ministers signed the minutes of the meeting and a cooperation plan for 2025./.",
        people: &[
            ("person:vilay-lakhamfong", Some("Minister of Public Security"), Some("LA")),
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
        ],
        orgs: &[],
        countries: &["LA"],
        agreements: &["agreement:minutes", "agreement:cooperation-plan"],
        meeting: Meet::Yes(MeetWant {
            partners: &["LA"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:vilay-lakhamfong",
            agreements: Some(&["agreement:minutes", "agreement:cooperation-plan"]),
        }),
    },
    Row {
        name: "vi Laos: Lao name transliterated with hyphens, Bộ trưởng Bộ An ninh Lào",
        text: "Tăng cường hợp tác giữa Bộ Công an Việt Nam và Bộ An ninh Lào\n\nSáng 28/11, tại Thủ đô Viêng Chăn, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an Việt Nam và Đại tướng Vi-lay Lạ-khăm-phoong, Phó Thủ tướng, Bộ trưởng Bộ An ninh Lào đồng chủ trì Hội nghị.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:vi-lay-la-kham-phoong", Some("Bộ trưởng Bộ An ninh"), Some("LA")),
        ],
        orgs: &["org:vn-mps", "org:la-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["LA"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:vi-lay-la-kham-phoong",
            agreements: None,
        }),
    },
    Row {
        name: "en Cambodia: Samdech honorific, counterpart clause, deputy prime minister",
        text: "Cambodian Deputy PM receives Vietnamese deputy minister\n\nPhnom Penh (VNA) – Cambodian Deputy Prime Minister and Minister of Interior Samdech Sar Sokha on March 7 received Deputy Minister of Public Security Senior Lieutenant General Le Quoc Hung, who is on a working visit to Cambodia.\n\nSar Sokha thanked the Vietnamese ministry for its help in training Cambodian police officers./.",
        people: &[
            ("person:sar-sokha", Some("Minister of Interior"), Some("KH")),
            ("person:le-quoc-hung", Some("Deputy Minister of Public Security"), Some("VN")),
        ],
        orgs: &[],
        countries: &["KH"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KH"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:sar-sokha",
            agreements: None,
        }),
    },
    Row {
        name: "en Russia: Russian name with patronymic, Security Council deputy secretary",
        text: "Vietnam, Russia hold security consultations\n\nHanoi (VNA) – Deputy Minister of Public Security Senior Lieutenant General Nguyen Duy Ngoc and Deputy Secretary of the Russian Security Council Alexander Venediktov co-chaired the 7th security consultations in Hanoi on April 15./.",
        people: &[
            ("person:nguyen-duy-ngoc", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:alexander-venediktov", Some("Deputy Secretary"), Some("RU")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["RU"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-duy-ngoc",
            partner: "person:alexander-venediktov",
            agreements: None,
        }),
    },
    Row {
        name: "vi Russia: Đại tướng with a Russian name, Bộ trưởng Bộ Nội vụ Nga",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Bộ Nội vụ Nga\n\nTrong khuôn khổ chuyến thăm chính thức Liên bang Nga, chiều 3/7, tại Moskva, Đại tướng Lương Tam Quang đã hội đàm với Đại tướng Vladimir Kolokoltsev, Bộ trưởng Bộ Nội vụ Nga.\n\nHai Bộ trưởng đã ký Kế hoạch hợp tác giai đoạn 2025 - 2027.",
        people: &[
            ("person:luong-tam-quang", None, None),
            ("person:vladimir-kolokoltsev", Some("Bộ trưởng Bộ Nội vụ"), Some("RU")),
        ],
        orgs: &["org:ru-home-affairs"],
        countries: &["RU"],
        agreements: &["agreement:cooperation-plan"],
        meeting: Meet::Skip,
    },
    Row {
        name: "en Japan: Japanese minister with family name first, apposition, MoC",
        text: "Vietnam, Japan sign memorandum on police cooperation\n\nTokyo (VNA) – Minister of Public Security General Luong Tam Quang met Matsumura Yoshifumi, Chairman of the National Public Safety Commission of Japan, in Tokyo on July 25.\n\nThe two sides signed a memorandum of cooperation on fighting transnational crime./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:matsumura-yoshifumi", Some("Chairman"), Some("JP")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &["agreement:mou"],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:matsumura-yoshifumi",
            agreements: Some(&["agreement:mou"]),
        }),
    },
    Row {
        name: "vi Korea: Korean hyphenated name after Bộ trưởng Bộ Nội vụ và An toàn Hàn Quốc",
        text: "Thứ trưởng Nguyễn Duy Ngọc hội kiến Bộ trưởng Bộ Nội vụ và An toàn Hàn Quốc\n\nNgày 18/9, tại Seoul, Thượng tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an đã hội kiến Bộ trưởng Bộ Nội vụ và An toàn Hàn Quốc Lee Sang-min.",
        people: &[
            ("person:nguyen-duy-ngoc", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:lee-sang-min", Some("Bộ trưởng Bộ Nội vụ"), Some("KR")),
        ],
        orgs: &["org:vn-mps", "org:kr-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KR"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-duy-ngoc",
            partner: "person:lee-sang-min",
            agreements: None,
        }),
    },
    Row {
        name: "en US: Homeland Security deputy secretary and a DEA administrator, names with initials",
        text: "Vietnam, US boost cooperation against drug trafficking\n\nHanoi (VNA) – Deputy Minister of Public Security Lieutenant General Le Van Tuyen received US Deputy Secretary of Homeland Security Kristie A. Canegallo in Hanoi on May 16.\n\nDEA Administrator Anne L. Milgram also attended./.",
        people: &[
            ("person:le-van-tuyen", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:kristie-a-canegallo", Some("Deputy Secretary"), Some("US")),
            ("person:anne-l-milgram", Some("Administrator"), Some("US")),
        ],
        orgs: &["org:us-dea"],
        countries: &["US"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["US"],
            level: Level::DeputyMinister,
            vietnam: "person:le-van-tuyen",
            partner: "person:kristie-a-canegallo",
            agreements: None,
        }),
    },
    Row {
        name: "vi US: Giám đốc FBI, Cục Điều tra Liên bang Mỹ",
        text: "Bộ trưởng Lương Tam Quang tiếp Giám đốc Cục Điều tra Liên bang Mỹ\n\nChiều 14/3, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp ông Christopher Wray, Giám đốc Cục Điều tra Liên bang Mỹ (FBI).",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:christopher-wray", Some("Giám đốc"), Some("US")),
        ],
        orgs: &["org:vn-mps", "org:us-fbi"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["US"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:christopher-wray",
            agreements: None,
        }),
    },
    Row {
        name: "en Australia: Minister for Home Affairs, host abroad, letter of intent",
        text: "Minister of Public Security visits Australia\n\nCanberra (VNA) – Minister of Public Security General Luong Tam Quang held talks with Australian Minister for Home Affairs Tony Burke in Canberra on August 21.\n\nThe two ministers witnessed the signing of a letter of intent on cooperation in combating cybercrime./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:tony-burke", Some("Minister for Home Affairs"), Some("AU")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &["agreement:letter-of-intent"],
        meeting: Meet::Yes(MeetWant {
            partners: &["AU"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:tony-burke",
            agreements: Some(&["agreement:letter-of-intent"]),
        }),
    },
    Row {
        name: "vi UK: Bộ trưởng Nội vụ Anh and a British ambassador",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Nội vụ Anh\n\nNgày 25/2, tại London, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an hội đàm với bà Yvette Cooper, Bộ trưởng Bộ Nội vụ Vương quốc Anh. Tham dự hội đàm có ông Iain Frew, Đại sứ Anh tại Việt Nam.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:yvette-cooper", Some("Bộ trưởng Bộ Nội vụ"), Some("GB")),
            ("person:iain-frew", Some("Đại sứ"), Some("GB")),
        ],
        orgs: &["org:vn-mps", "org:gb-home-affairs"],
        countries: &["GB", "VN"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["GB"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:yvette-cooper",
            agreements: None,
        }),
    },
    Row {
        name: "en France: hyphenated French name, French ambassador, host named second",
        text: "French minister receives Vietnamese delegation\n\nParis (VNA) – French Minister of the Interior Laurent Nuñez received a delegation of the Ministry of Public Security led by Deputy Minister Senior Lieutenant General Nguyen Van Long in Paris on November 12.\n\nFrench Ambassador to Vietnam Olivier Brochet and Jean-Marie Dupont, Director of International Cooperation, attended./.",
        people: &[
            ("person:laurent-nunez", Some("Minister of the Interior"), Some("FR")),
            ("person:nguyen-van-long", Some("Deputy Minister"), Some("VN")),
            ("person:olivier-brochet", Some("Ambassador"), Some("FR")),
            ("person:jean-marie-dupont", Some("Director"), None),
        ],
        orgs: &["org:vn-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["FR"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:laurent-nunez",
            agreements: None,
        }),
    },
    Row {
        name: "en Germany: Parliamentary State Secretary and the BKA president",
        text: "Vietnam, Germany discuss fight against human trafficking\n\nBerlin (VNA) – Deputy Minister of Public Security Lieutenant General Pham The Tung held talks with Parliamentary State Secretary at the Federal Ministry of the Interior Johann Saathoff in Berlin on October 14.\n\nTung also met Holger Münch, President of the Federal Criminal Police Office of Germany./.",
        people: &[
            ("person:pham-the-tung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:johann-saathoff", Some("Parliamentary State Secretary"), None),
            ("person:holger-munch", Some("President"), Some("DE")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "vi Singapore: Bộ trưởng Nội vụ kiêm Bộ trưởng Luật, initial and surname",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Nội vụ Singapore\n\nNgày 10/10, tại Singapore, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội đàm với ông K. Shanmugam, Bộ trưởng Bộ Nội vụ kiêm Bộ trưởng Bộ Luật pháp Singapore. Hai bên đã ký Bản ghi nhớ về hợp tác phòng, chống tội phạm.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:k-shanmugam", Some("Bộ trưởng Bộ Nội vụ"), Some("SG")),
        ],
        orgs: &["org:vn-mps", "org:sg-home-affairs"],
        countries: &[],
        agreements: &["agreement:mou"],
        meeting: Meet::Yes(MeetWant {
            partners: &["SG"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:k-shanmugam",
            agreements: Some(&["agreement:mou"]),
        }),
    },
    Row {
        name: "en Thailand: Thai police chief with Police General, counterpart sentence",
        text: "Vietnam, Thailand police agree to fight online scams\n\nHanoi (VNA) – Deputy Minister of Public Security Senior Lieutenant General Le Quoc Hung held talks with his Thai counterpart, Police General Torsak Sukvimol, Commissioner-General of the Royal Thai Police, in Hanoi on June 20./.",
        people: &[
            ("person:le-quoc-hung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:torsak-sukvimol", Some("Commissioner-General"), Some("TH")),
        ],
        orgs: &["org:th-royal-thai-police"],
        countries: &["TH"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["TH"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:torsak-sukvimol",
            agreements: None,
        }),
    },
    Row {
        name: "en Indonesia: single-word Indonesian name after a minister title",
        text: "Indonesian minister visits Vietnam\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang received Indonesian Coordinating Minister for Political, Legal and Security Affairs Budi Gunawan in Hanoi on January 10./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:budi-gunawan", Some("Coordinating Minister"), Some("ID")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["ID"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:budi-gunawan",
            agreements: None,
        }),
    },
    Row {
        name: "vi India: Thứ trưởng Bộ Nội vụ Ấn Độ",
        text: "Thứ trưởng Lê Văn Tuyên hội đàm với Thứ trưởng Bộ Nội vụ Ấn Độ\n\nNgày 8/4, tại New Delhi, Trung tướng Lê Văn Tuyên, Thứ trưởng Bộ Công an hội đàm với ông Govind Mohan, Thứ trưởng Bộ Nội vụ Ấn Độ.",
        people: &[
            ("person:le-van-tuyen", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:govind-mohan", Some("Thứ trưởng Bộ Nội vụ"), Some("IN")),
        ],
        orgs: &["org:vn-mps", "org:in-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["IN"],
            level: Level::DeputyMinister,
            vietnam: "person:le-van-tuyen",
            partner: "person:govind-mohan",
            agreements: None,
        }),
    },
    Row {
        name: "en Belarus: State Secretary of the Security Council, Belarusian ambassador",
        text: "Vietnam, Belarus boost security cooperation\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang received State Secretary of the Security Council of Belarus Alexander Volfovich in Hanoi on Friday.\n\nBelarusian Ambassador to Vietnam Uladzimir Baravikou also attended./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:alexander-volfovich", Some("State Secretary"), Some("BY")),
            ("person:uladzimir-baravikou", Some("Ambassador"), Some("BY")),
        ],
        orgs: &[],
        countries: &["BY"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["BY"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:alexander-volfovich",
            agreements: None,
        }),
    },
    Row {
        name: "vi Hungary: Bộ trưởng Bộ Nội vụ Hungary with a Hungarian name",
        text: "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Bộ Nội vụ Hungary\n\nChiều 13/5, tại Budapest, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội đàm với Bộ trưởng Bộ Nội vụ Hungary Sándor Pintér. Hai Bộ trưởng đã ký Hiệp định hợp tác phòng, chống tội phạm.",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:sandor-pinter", Some("Bộ trưởng Bộ Nội vụ"), Some("HU")),
        ],
        orgs: &["org:vn-mps", "org:hu-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["HU"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:sandor-pinter",
            agreements: None,
        }),
    },
    Row {
        name: "vi Cuba: Bộ trưởng Bộ Nội vụ Cuba before the name",
        text: "Thứ trưởng Phạm Thế Tùng tiếp Thứ trưởng Bộ Nội vụ Cuba\n\nNgày 20/8, tại Hà Nội, Thượng tướng Phạm Thế Tùng, Thứ trưởng Bộ Công an đã tiếp Thứ trưởng thứ nhất Bộ Nội vụ Cuba, Trung tướng Vicente de la O Levy.",
        people: &[
            ("person:pham-the-tung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:vicente-de-la-o-levy", Some("Thứ trưởng"), Some("CU")),
        ],
        orgs: &["org:vn-mps", "org:cu-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["CU"],
            level: Level::DeputyMinister,
            vietnam: "person:pham-the-tung",
            partner: "person:vicente-de-la-o-levy",
            agreements: None,
        }),
    },
    Row {
        name: "en Interpol: President with a hyphenated Arabic name, Vietnamese names without diacritics",
        text: "Interpol president visits Vietnam\n\nHanoi (VNA) – Interpol President Ahmed Naser Al-Raisi paid a courtesy call on Minister of Public Security General Luong Tam Quang in Hanoi on Tuesday.\n\nAl-Raisi praised the role of Major General Dinh Van Noi, Director of the Department of International Cooperation./.",
        people: &[
            ("person:ahmed-naser-al-raisi", Some("President"), None),
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:dinh-van-noi", Some("Director"), None),
        ],
        orgs: &["org:interpol"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "vi UNODC: Trưởng Đại diện Văn phòng Liên hợp quốc về Ma túy và Tội phạm",
        text: "Thứ trưởng Lê Quốc Hùng tiếp Trưởng Đại diện UNODC\n\nNgày 5/6, tại Hà Nội, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an tiếp ông Delphine Schantz, Trưởng Đại diện Văn phòng Liên hợp quốc về Ma túy và Tội phạm (UNODC) khu vực Đông Nam Á - Thái Bình Dương.",
        people: &[
            ("person:le-quoc-hung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:delphine-schantz", Some("Trưởng Đại diện"), None),
        ],
        orgs: &["org:vn-mps", "org:unodc"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "vi ASEANAPOL: Giám đốc Điều hành Ban Thư ký ASEANAPOL",
        text: "Thứ trưởng Bộ Công an tiếp Giám đốc Điều hành ASEANAPOL\n\nChiều 5/3, tại trụ sở Bộ Công an, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã tiếp Chuẩn tướng cảnh sát Jaime Santos, Giám đốc Điều hành Ban Thư ký ASEANAPOL.",
        people: &[
            ("person:le-quoc-hung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:jaime-santos", Some("Giám đốc"), None),
        ],
        orgs: &["org:vn-mps", "org:aseanapol"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en precision: months, Party organs, Hanoi districts, the People's Public Security",
        text: "Public security forces mark traditional day\n\nHanoi (VNA) – On August 19, Party General Secretary To Lam attended the ceremony marking the 80th founding anniversary of the People's Public Security Force in Ba Dinh district, Hanoi.\n\nMembers of the Politburo, the Secretariat and the Party Central Committee, and leaders of Ho Chi Minh City, Hai Phong and Can Tho also attended./.",
        people: &[("person:to-lam", Some("General Secretary"), None)],
        orgs: &["org:vn-people-s-public-security", "org:vn-politburo"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "vi precision: Tổng Bí thư, Thành phố Hồ Chí Minh, Hải Phòng, Cần Thơ",
        text: "Kỷ niệm 80 năm Ngày truyền thống Công an nhân dân\n\nSáng 19/8, tại Hà Nội, Tổng Bí thư Tô Lâm dự Lễ kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân. Dự buổi lễ có lãnh đạo Thành phố Hồ Chí Minh, Hải Phòng, Cần Thơ và các đồng chí Ủy viên Bộ Chính trị.",
        people: &[("person:to-lam", Some("Tổng Bí thư"), None)],
        orgs: &["org:vn-people-s-public-security"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "en Vietnamese names in English text: Sen. Lt. Gen., Maj. Gen., syllables that are words",
        text: "Police academy opens new training year\n\nHanoi (VNA) – Sen. Lt. Gen. Tran Quoc To, Deputy Minister of Public Security, attended the opening ceremony. Maj. Gen. Nguyen Dac Tan, director of the academy, and Col. Ha Van Nam also spoke.\n\nTo asked the academy to improve training in digital investigation./.",
        people: &[
            ("person:tran-quoc-to", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:nguyen-dac-tan", Some("director"), None),
            ("person:ha-van-nam", None, None),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    // -----------------------------------------------------------------------------------------------------------
    // Third batch, written before running the tagger on it: VnExpress/Nhân Dân phrasing, teasers, captions
    // -----------------------------------------------------------------------------------------------------------
    Row {
        name: "en Nhân Dân style: President and NA Chairman with two-syllable names, a possessive",
        text: "President receives Chinese Minister of Public Security\n\nHanoi (VNA) – President Luong Cuong on April 14 received Chinese State Councilor and Minister of Public Security Wang Xiaohong, who is in Vietnam for talks with Minister of Public Security General Luong Tam Quang.\n\nNational Assembly Chairman Tran Thanh Man also met Wang. Luong Cuong's remarks were welcomed./.",
        people: &[
            ("person:luong-cuong", Some("President"), None),
            ("person:wang-xiaohong", Some("Minister of Public Security"), Some("CN")),
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:tran-thanh-man", Some("National Assembly Chairman"), None),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en VnExpress style: police department heads and suspects without titles",
        text: "Police bust cross-border drug ring\n\nHo Chi Minh City police chief Major General Mai Hoang said Tuesday that officers of the Ho Chi Minh City Police Department, working with the Department of Drug-related Crime Investigation, seized 300 kg of meth. Colonel Le Manh Ha, deputy head of the department, said the ring was run from Laos./.",
        people: &[
            ("person:mai-hoang", Some("police chief"), None),
            ("person:le-manh-ha", None, None),
        ],
        orgs: &[],
        countries: &["LA"],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "en teaser list: three stories glued, each with its person",
        text: "Vietnam, Laos boost border security\n\nHanoi (VNA) – Deputy Minister of Public Security Lieutenant General Le Van Tuyen and Lao Deputy Minister of Public Security Brigadier General Khamla Phommavong held talks in Hanoi on March 2.\n\nPrime Minister Pham Minh Chinh hosted Thai Prime Minister Paetongtarn Shinawatra in Hanoi on May 16.\n\nDeputy Foreign Minister Do Hung Viet received Australian Ambassador Andrew Goledzinowski on Monday./.",
        people: &[
            ("person:le-van-tuyen", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:khamla-phommavong", Some("Deputy Minister of Public Security"), Some("LA")),
            ("person:pham-minh-chinh", Some("Prime Minister"), None),
            ("person:paetongtarn-shinawatra", Some("Prime Minister"), Some("TH")),
            ("person:do-hung-viet", Some("Deputy Foreign Minister"), None),
            ("person:andrew-goledzinowski", Some("Ambassador"), Some("AU")),
        ],
        orgs: &[],
        countries: &["LA", "TH"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["LA"],
            level: Level::DeputyMinister,
            vietnam: "person:le-van-tuyen",
            partner: "person:khamla-phommavong",
            agreements: None,
        }),
    },
    Row {
        name: "en caption: (R) and (L) marks, Vietnamese name without title before a foreign one",
        text: "Deputy minister meets Singaporean police commissioner\n\nSingapore (VNA) – Deputy Minister of Public Security Senior Lieutenant General Nguyen Van Long (R) and Commissioner of Police Hoong Wee Teck (L) at the talks in Singapore on September 3./.",
        people: &[
            ("person:nguyen-van-long", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:hoong-wee-teck", Some("Commissioner of Police"), None),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "vi Nhân Dân: list of attendees with semicolons, titles after names",
        text: "Hội nghị Công an toàn quốc lần thứ 80\n\nDự hội nghị có đồng chí Tô Lâm, Tổng Bí thư Ban Chấp hành Trung ương Đảng; đồng chí Lương Cường, Chủ tịch nước; đồng chí Phạm Minh Chính, Thủ tướng Chính phủ; Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an.",
        people: &[
            ("person:to-lam", Some("Tổng Bí thư"), None),
            ("person:luong-cuong", Some("Chủ tịch nước"), None),
            ("person:pham-minh-chinh", Some("Thủ tướng"), None),
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
        ],
        orgs: &["org:vn-mps", "org:vn-party-central-committee"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "vi VnExpress: Chinese names in Vietnamese transcription, two ministers",
        text: "Bộ trưởng Công an Việt Nam - Trung Quốc hội đàm\n\nChiều 25/4, tại Bắc Kinh, Đại tướng Lương Tam Quang hội đàm với Ủy viên Quốc vụ, Bộ trưởng Công an Trung Quốc Vương Tiểu Hồng. Tham dự có Thứ trưởng Công an Trung Quốc Hứa Cam Lộ.",
        people: &[
            ("person:luong-tam-quang", None, None),
            ("person:vuong-tieu-hong", Some("Bộ trưởng Công an"), Some("CN")),
            ("person:hua-cam-lo", Some("Thứ trưởng Công an"), Some("CN")),
        ],
        orgs: &[],
        countries: &["CN"],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en his counterpart with a comma, then a surname-only reference",
        text: "Vietnam, Cambodia police to tackle online scam compounds\n\nPhnom Penh (VNA) – Minister of Public Security General Luong Tam Quang held talks with his Cambodian counterpart, Deputy Prime Minister and Minister of Interior Sar Sokha, in Phnom Penh on January 8.\n\nSokha said Cambodia would deport Vietnamese nationals working in scam compounds./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:sar-sokha", Some("Minister of Interior"), Some("KH")),
        ],
        orgs: &[],
        countries: &["KH"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KH"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:sar-sokha",
            agreements: None,
        }),
    },
    Row {
        name: "en Korea: Korean family name first with a two-part given name, no hyphen",
        text: "Korean police chief visits Vietnam\n\nHanoi (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Ngoc Lam received Commissioner General of the Korean National Police Agency Yoon Hee Keun in Hanoi on Thursday.\n\nYoon proposed the two sides set up a hotline on fugitives./.",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:yoon-hee-keun", Some("Commissioner General"), Some("KR")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["KR"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-ngoc-lam",
            partner: "person:yoon-hee-keun",
            agreements: None,
        }),
    },
    Row {
        name: "en Japan: Vice-Minister with a hyphen, minister named after 'by'",
        text: "Japan hosts Vietnamese public security delegation\n\nTokyo (VNA) – A delegation of the Vietnamese Ministry of Public Security led by Deputy Minister Senior Lieutenant General Le Quoc Hung was received by Japanese Vice-Minister of Justice Kawahara Takashi in Tokyo on February 18./.",
        people: &[
            ("person:le-quoc-hung", Some("Deputy Minister"), Some("VN")),
            ("person:kawahara-takashi", Some("Vice-Minister of Justice"), Some("JP")),
        ],
        orgs: &["org:vn-mps"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:kawahara-takashi",
            agreements: None,
        }),
    },
    Row {
        name: "vi Japan: Thứ trưởng Bộ Tư pháp Nhật Bản, Japanese name with family name first",
        text: "Thứ trưởng Lê Quốc Hùng làm việc tại Nhật Bản\n\nNgày 18/2, tại Tokyo, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã hội đàm với Thứ trưởng Bộ Tư pháp Nhật Bản Kawahara Takashi. Hai bên ký Biên bản ghi nhớ về hợp tác thi hành án hình sự.",
        people: &[
            ("person:le-quoc-hung", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:kawahara-takashi", Some("Thứ trưởng Bộ Tư pháp"), Some("JP")),
        ],
        orgs: &["org:vn-mps", "org:jp-justice"],
        countries: &[],
        agreements: &["agreement:mou"],
        meeting: Meet::Yes(MeetWant {
            partners: &["JP"],
            level: Level::DeputyMinister,
            vietnam: "person:le-quoc-hung",
            partner: "person:kawahara-takashi",
            agreements: Some(&["agreement:mou"]),
        }),
    },
    Row {
        name: "en US: Under Secretary of State, Ambassador with a middle initial, Hanoi written Ha Noi",
        text: "US official visits Viet Nam\n\nHa Noi (VNS) – Deputy Minister of Public Security Senior Lieutenant General Pham The Tung received US Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya in Ha Noi on Wednesday. US Ambassador Marc E. Knapper attended./.",
        people: &[
            ("person:pham-the-tung", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:uzra-zeya", Some("Under Secretary"), Some("US")),
            ("person:marc-e-knapper", Some("Ambassador"), Some("US")),
        ],
        orgs: &[],
        countries: &["US"],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["US"],
            level: Level::DeputyMinister,
            vietnam: "person:pham-the-tung",
            partner: "person:uzra-zeya",
            agreements: None,
        }),
    },
    Row {
        name: "en UK: Minister of State for Security with a country, two agreements",
        text: "Vietnam, UK sign deals on illegal migration\n\nHanoi (VNA) – Deputy Minister of Public Security Lieutenant General Nguyen Ngoc Lam and British Minister of State for Security Dan Jarvis signed two agreements on cooperation against illegal migration and human trafficking in Hanoi on March 21./.",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:dan-jarvis", Some("Minister of State for Security"), Some("GB")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &["agreement:agreement-on-illegal-migration"],
        meeting: Meet::Yes(MeetWant {
            partners: &["GB"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-ngoc-lam",
            partner: "person:dan-jarvis",
            agreements: Some(&["agreement:agreement-on-illegal-migration"]),
        }),
    },
    Row {
        name: "vi Australia: Ủy viên Công vụ Cảnh sát Liên bang Australia",
        text: "Thứ trưởng Nguyễn Ngọc Lâm tiếp Ủy viên Cảnh sát Liên bang Australia\n\nNgày 4/11, tại Hà Nội, Trung tướng Nguyễn Ngọc Lâm, Thứ trưởng Bộ Công an tiếp ông Reece Kershaw, Tổng Chỉ huy Cảnh sát Liên bang Australia.",
        people: &[
            ("person:nguyen-ngoc-lam", Some("Thứ trưởng Bộ Công an"), Some("VN")),
            ("person:reece-kershaw", Some("Tổng Chỉ huy"), Some("AU")),
        ],
        orgs: &["org:vn-mps", "org:au-afp"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["AU"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-ngoc-lam",
            partner: "person:reece-kershaw",
            agreements: None,
        }),
    },
    Row {
        name: "en Singapore: Second Minister, Senior Minister of State, two Singaporeans",
        text: "Vietnam, Singapore boost cyber security ties\n\nSingapore (VNA) – Deputy Minister of Public Security Senior Lieutenant General Nguyen Van Long met Singapore's Minister for Digital Development and Information and Second Minister for Home Affairs Josephine Teo on July 9.\n\nLong also met Senior Minister of State for Home Affairs Sim Ann./.",
        people: &[
            ("person:nguyen-van-long", Some("Deputy Minister of Public Security"), Some("VN")),
            ("person:josephine-teo", Some("Minister for Digital Development and Information"), Some("SG")),
            ("person:sim-ann", Some("Senior Minister of State"), None),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["SG"],
            level: Level::DeputyMinister,
            vietnam: "person:nguyen-van-long",
            partner: "person:josephine-teo",
            agreements: None,
        }),
    },
    Row {
        name: "vi Thailand: Phó Thủ tướng kiêm Bộ trưởng Nội vụ Thái Lan",
        text: "Bộ trưởng Lương Tam Quang hội kiến Phó Thủ tướng Thái Lan\n\nNgày 21/10, tại Băng Cốc, Đại tướng Lương Tam Quang đã hội kiến Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Thái Lan Anutin Charnvirakul.",
        people: &[
            ("person:luong-tam-quang", None, None),
            ("person:anutin-charnvirakul", Some("Bộ trưởng Bộ Nội vụ"), Some("TH")),
        ],
        orgs: &["org:th-home-affairs"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en Indonesia: two-word name with a police rank and a Chief title after",
        text: "Indonesian police chief meets Vietnamese minister\n\nJakarta (VNA) – Minister of Public Security General Luong Tam Quang met Police General Listyo Sigit Prabowo, Chief of the Indonesian National Police, on the sidelines of the ASEAN Ministerial Meeting on Transnational Crime in Jakarta on August 22./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:listyo-sigit-prabowo", Some("Chief"), Some("ID")),
        ],
        orgs: &["org:amm-tc", "org:id-national-police"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Yes(MeetWant {
            partners: &["ID"],
            level: Level::Minister,
            vietnam: "person:luong-tam-quang",
            partner: "person:listyo-sigit-prabowo",
            agreements: None,
        }),
    },
    Row {
        name: "en Cuba and Belarus in one sentence: two foreign ministers",
        text: "Minister receives Cuban, Belarusian delegations\n\nHanoi (VNA) – Minister of Public Security General Luong Tam Quang on Monday received Cuban First Deputy Minister of the Interior Vicente de la O Levy and Belarusian Deputy Minister of Internal Affairs Nikolai Karpenkov./.",
        people: &[
            ("person:luong-tam-quang", Some("Minister of Public Security"), Some("VN")),
            ("person:vicente-de-la-o-levy", Some("First Deputy Minister"), Some("CU")),
            ("person:nikolai-karpenkov", Some("Deputy Minister of Internal Affairs"), Some("BY")),
        ],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "vi Interpol: Tổng Thư ký Interpol, Brazilian name",
        text: "Bộ trưởng Lương Tam Quang tiếp Tổng Thư ký Interpol\n\nChiều 7/11, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an tiếp ông Valdecy Urquiza, Tổng Thư ký Tổ chức Cảnh sát Hình sự Quốc tế (Interpol).",
        people: &[
            ("person:luong-tam-quang", Some("Bộ trưởng Bộ Công an"), Some("VN")),
            ("person:valdecy-urquiza", Some("Tổng Thư ký"), None),
        ],
        orgs: &["org:vn-mps", "org:interpol"],
        countries: &[],
        agreements: &[],
        meeting: Meet::Skip,
    },
    Row {
        name: "en precision: organisations full of capitalised words, no people",
        text: "Youth union launches anti-drug campaign\n\nHanoi (VNA) – The Ho Chi Minh Communist Youth Union, the Vietnam Fatherland Front and the Department of Cyber Security and High-Tech Crime Prevention and Control launched a campaign in Hanoi on Sunday. The Lao People's Revolutionary Party and the Communist Party of Vietnam sent greetings./.",
        people: &[],
        orgs: &["org:cpv"],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
    Row {
        name: "vi precision: Cục, Sở, Công an tỉnh names, no people",
        text: "Ra quân cao điểm tấn công trấn áp tội phạm\n\nSáng 2/1, Công an tỉnh Quảng Ninh, Cục Cảnh sát điều tra tội phạm về ma túy, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao cùng Sở Tư pháp tỉnh Lạng Sơn tổ chức lễ ra quân tại Hạ Long.",
        people: &[],
        orgs: &[],
        countries: &[],
        agreements: &[],
        meeting: Meet::No,
    },
];

/// What went wrong on one row, and the counts that feed the summary.
#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    title_ok: usize,
    country_ok: usize,
    false_pos: usize,
    failures: Vec<String>,
}

fn primary(meetings: &[Meeting]) -> Option<&Meeting> {
    meetings.iter().find(|m| !m.mentioned)
}

fn score(row: &Row) -> Score {
    let mut s = Score::default();
    let rec = pipeline::process(row.name, row.text.as_bytes()).unwrap_or_else(|e| panic!("{}: {e}", row.name));
    let people = entity::people(&rec.mentions);
    for (id, title, country) in row.people {
        s.expected += 1;
        let Some(p) = people.iter().find(|p| p.id == *id) else {
            s.failures.push(format!("missing {id}"));
            continue;
        };
        s.found += 1;
        match title {
            Some(t) if !p.title.as_deref().is_some_and(|pt| pt.contains(t)) => {
                s.failures.push(format!("{id}: title {:?}, want {t:?}", p.title));
            }
            _ => s.title_ok += 1,
        }
        match country {
            Some(c) if p.country.as_deref() != Some(*c) => {
                s.failures.push(format!("{id}: country {:?}, want {c}", p.country));
            }
            _ => s.country_ok += 1,
        }
    }
    for p in &people {
        if !row.people.iter().any(|(id, _, _)| *id == p.id) {
            s.false_pos += 1;
            s.failures.push(format!("false person {} ({:?})", p.id, p.name));
        }
    }
    let ids = |kind: EntityKind| -> Vec<&str> {
        rec.mentions
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.id.as_str())
            .collect()
    };
    let orgs = ids(EntityKind::Organization);
    for o in row.orgs {
        if !orgs.contains(o) {
            s.failures.push(format!("missing {o} (orgs: {orgs:?})"));
        }
    }
    let countries = ids(EntityKind::Country);
    for c in row.countries {
        let id = format!("country:{c}");
        if !countries.contains(&id.as_str()) {
            s.failures.push(format!("missing {id} (countries: {countries:?})"));
        }
    }
    let agreements = ids(EntityKind::Agreement);
    for a in row.agreements {
        if !agreements.contains(a) {
            s.failures.push(format!("missing {a} (agreements: {agreements:?})"));
        }
    }
    match (&row.meeting, primary(&rec.meetings)) {
        (Meet::Skip, _) | (Meet::No, None) => {}
        (Meet::No, Some(m)) => s.failures.push(format!("unexpected meeting with {:?}", m.partners)),
        (Meet::Yes(_), None) => s.failures.push("no meeting".to_string()),
        (Meet::Yes(w), Some(m)) => {
            if m.partners != w.partners {
                s.failures.push(format!("meeting partners {:?}", m.partners));
            }
            if m.level != w.level {
                s.failures.push(format!("meeting level {:?}", m.level));
            }
            let vn = m.leads.vietnam.as_ref().map(|p| p.id.as_str());
            if vn != Some(w.vietnam) {
                s.failures.push(format!("meeting VN lead {vn:?}"));
            }
            let partner = m.leads.partner.as_ref().map(|p| p.id.as_str());
            if partner != Some(w.partner) {
                s.failures.push(format!("meeting partner lead {partner:?}"));
            }
            if let Some(want) = w.agreements {
                let got: Vec<&str> = m.agreements.iter().map(|a| a.id.as_str()).collect();
                if got != want {
                    s.failures.push(format!("meeting agreements {got:?}"));
                }
            }
        }
    }
    s
}

#[test]
fn unseen_articles_give_their_people_organisations_and_meetings() {
    let mut total = Score::default();
    let mut report = Vec::new();
    for row in ROWS {
        let s = score(row);
        total.expected += s.expected;
        total.found += s.found;
        total.title_ok += s.title_ok;
        total.country_ok += s.country_ok;
        total.false_pos += s.false_pos;
        if !s.failures.is_empty() {
            report.push(format!("{}:\n    {}", row.name, s.failures.join("\n    ")));
        }
    }
    println!(
        "unseen: {} rows; people found {}/{}, titles {}/{}, countries {}/{}, false people {}; rows failing {}",
        ROWS.len(),
        total.found,
        total.expected,
        total.title_ok,
        total.found,
        total.country_ok,
        total.found,
        total.false_pos,
        report.len()
    );
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Titles, ranks and bodies followed by places, months, organisations or lower-case words: no person anywhere.
const NO_PEOPLE: &[(&str, Lang, &str)] = &[
    (
        "title before a body",
        Lang::En,
        "The Deputy Minister of Public Security attended the ceremony.",
    ),
    (
        "title before a city",
        Lang::En,
        "The Minister of Public Security Ho Chi Minh City Police said.",
    ),
    (
        "party organs",
        Lang::En,
        "General Secretary of the Party Central Committee and Politburo members met.",
    ),
    (
        "title before a month",
        Lang::En,
        "President of the Republic in May. Deputy Minister in June said.",
    ),
    (
        "rank before a city",
        Lang::En,
        "Commissioner General of Police Ha Noi reported.",
    ),
    (
        "title before a city name and 'City'",
        Lang::En,
        "Chief of Police Da Nang City spoke.",
    ),
    (
        "title before a province",
        Lang::En,
        "Minister Long An province and Director General Hanoi.",
    ),
    (
        "ambassador before a portfolio",
        Lang::En,
        "The Ambassador to Vietnam Public Security forces.",
    ),
    (
        "vi title before a verb",
        Lang::Vi,
        "Thứ trưởng Bộ Công an cho biết hai bên đã ký kết.",
    ),
    (
        "vi title before country and city",
        Lang::Vi,
        "Bộ trưởng Bộ Công an Việt Nam Hà Nội.",
    ),
    (
        "vi director before a city's police",
        Lang::Vi,
        "Giám đốc Công an Thành phố Hồ Chí Minh phát biểu.",
    ),
    (
        "vi party organs and a month",
        Lang::Vi,
        "Tổng Bí thư Ban Chấp hành Trung ương Đảng. Chủ tịch nước Tháng Năm.",
    ),
    (
        "vi rank before a city's police",
        Lang::Vi,
        "Thượng tướng Công an Hà Nội.",
    ),
    (
        "vi member before 'Thành phố'",
        Lang::Vi,
        "Ủy viên Bộ Chính trị Thành phố Hà Nội.",
    ),
    (
        "vi minister before a province",
        Lang::Vi,
        "Bộ trưởng Long An và Cục trưởng Đà Nẵng.",
    ),
];

#[test]
fn titles_before_places_months_and_bodies_give_no_people() {
    for (name, lang, text) in NO_PEOPLE {
        let people: Vec<String> = entity::people(&entity::tag_text(text, *lang))
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert!(people.is_empty(), "{name}: {people:?}");
    }
}

/// Later mentions of a person named in full, by a name word that is also an English word: (name, text, (mention
/// text, id) that must be tagged, texts that must not be a person).
type BackReference = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);
const BACK_REFERENCES: &[BackReference] = &[
    (
        "title and a given name that is an English word",
        "Deputy Minister of Public Security Senior Lieutenant General Tran Quoc To received the delegation. Deputy Minister To proposed closer ties.",
        &[("Tran Quoc To", "person:tran-quoc-to"), ("To", "person:tran-quoc-to")],
        &[],
    ),
    (
        "a given name after a comma, not at a sentence start",
        "Lieutenant General Pham The Tung met the guests. To promote ties, Tung said, the two sides would meet yearly. To further this, The Tung office opened.",
        &[("Pham The Tung", "person:pham-the-tung"), ("Tung", "person:pham-the-tung")],
        &["To", "The"],
    ),
    (
        "a surname-first foreign name referred to by its first word",
        "Commissioner General of the Korean National Police Agency Cho Ji-ho visited Hanoi. Cho thanked the hosts.",
        &[("Cho Ji-ho", "person:cho-ji-ho"), ("Cho", "person:cho-ji-ho")],
        &[],
    ),
];

#[test]
fn back_references_to_names_made_of_words() {
    for (name, text, want, not) in BACK_REFERENCES {
        let ms = entity::tag_text(text, Lang::En);
        for (t, id) in *want {
            assert!(
                ms.iter().any(|m| m.text == *t && m.id == *id),
                "{name}: {t:?} as {id}: {:?}",
                ms.iter().map(|m| (&m.text, &m.id)).collect::<Vec<_>>()
            );
        }
        for t in *not {
            assert!(
                !ms.iter().any(|m| m.kind == EntityKind::Person && m.text == *t),
                "{name}: {t:?} is not a person"
            );
        }
    }
}
