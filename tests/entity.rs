//! Quality tests of entity tagging: the five seeds (through the pipeline and as inline main-story fixtures), invented sentences that prove the rules are general, and bad input.

use counterparts::entity::{self, EntityKind, Mention};
use counterparts::lang::Lang;

include!("entity_fixtures.rs.part");

fn dump(ms: &[Mention]) -> String {
    ms.iter()
        .map(|m| {
            format!(
                "{:?} {:?} {} | {} | {:?} {:?} {:?}",
                m.kind, m.text, m.id, m.name, m.title, m.rank, m.country
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
#[ignore]
fn debug_dump() {
    for (name, text, lang) in [
        ("000", STORY_000, Lang::En),
        ("001", STORY_001, Lang::En),
        ("002", STORY_002, Lang::En),
        ("003", STORY_003, Lang::Vi),
        ("004", STORY_004, Lang::En),
        ("T000", TEASER_000, Lang::En),
        ("C001", CAPTION_001, Lang::En),
        ("T001", TEASER_001, Lang::En),
        ("T002", TEASER_002, Lang::En),
        ("T003", TEASER_003, Lang::Vi),
        ("T004", TEASER_004, Lang::En),
        ("X1", "Lao Minister of Public Security Gen. Vilay Lakhamfong met Japanese National Police Agency Commissioner General Yasuhiro Tsuyuki in Vientiane on March 3, 2023. Tsuyuki said Japan's police would help. Vilay thanked him.", Lang::En),
        ("X2", "Cambodian Deputy Prime Minister and Minister of Interior Sar Kheng received Russian Interior Minister Vladimir Kolokoltsev; his Korean counterpart Yoon Hee-keun also attended. Kolokoltsev, the Russian minister, signed an MoU on combating money laundering and drug trafficking.", Lang::En),
        ("X3", "Bộ trưởng Bộ Công an Lào Vilay Lakhamfong tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio ngày 12/5/2023 tại Viêng Chăn. Hai bên ký Bản ghi nhớ về hợp tác phòng, chống mua bán người và khủng bố.", Lang::Vi),
        ("X4", "Australian Home Affairs Minister Clare O'Neil and UK Home Secretary James Cleverly met US Secretary of State Antony Blinken in Canberra. The Australian Federal Police and the FBI agreed an extradition treaty.", Lang::En),
    ] {
        println!("===== {name}\n{}", dump(&entity::tag_text(text, lang)));
    }
}
