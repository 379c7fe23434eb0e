//! ISO 3166-1 alpha-2: the 249 officially assigned country codes with English short names, and a checked `CountryCode`.
//!
//! Source: Debian `iso-codes` 4.15.0 (`iso_3166-1.json`), where a record has a
//! `common_name` (e.g. `Viet Nam` → `Vietnam`, `Korea, Republic of` → `South
//! Korea`) that name is used, otherwise the ISO English short name. The code set
//! was cross-checked against tzdata 2025b `iso3166.tab` (same 249 codes).
//! User-assigned codes (`XK`, `AA`, `QM`–`QZ`, `XA`–`XZ`, `ZZ`) and reserved
//! ones (`UK`, `EU`, `EL`) are not assigned and are rejected.

use std::fmt;

/// Every officially assigned ISO 3166-1 alpha-2 code with its English short name, sorted by code.
pub const COUNTRIES: [(&str, &str); 249] = [
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei Darussalam"),
    ("BO", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Congo, The Democratic Republic of the"),
    ("CF", "Central African Republic"),
    ("CG", "Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands (Malvinas)"),
    ("FM", "Micronesia, Federated States of"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong"),
    ("HM", "Heard Island and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"),
    ("KR", "South Korea"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin (French part)"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestine, State of"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russian Federation"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "Sao Tome and Principe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten (Dutch part)"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Holy See (Vatican City State)"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "Virgin Islands, British"),
    ("VI", "Virgin Islands, U.S."),
    ("VN", "Vietnam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

/// The index of `code` (any ASCII case) in [`COUNTRIES`], if assigned.
fn index(code: &str) -> Option<usize> {
    let b = code.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let upper = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
    COUNTRIES.binary_search_by(|(c, _)| c.as_bytes().cmp(&upper[..])).ok()
}

/// True when `code` (two ASCII letters, any case) is an officially assigned ISO 3166-1 alpha-2 code.
pub fn is_assigned(code: &str) -> bool {
    index(code).is_some()
}

/// The English short name of an assigned code (any ASCII case), e.g. `name("CN") == Some("China")`.
pub fn name(code: &str) -> Option<&'static str> {
    index(code).and_then(|i| COUNTRIES.get(i)).map(|(_, n)| *n)
}

/// An officially assigned ISO 3166-1 alpha-2 code, stored upper case; it cannot hold anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode(u8);

impl CountryCode {
    /// Reads a code in any ASCII case (`cn`, `Cn`, `CN`); `None` unless it is assigned.
    pub fn parse(code: &str) -> Option<CountryCode> {
        index(code).and_then(|i| u8::try_from(i).ok()).map(CountryCode)
    }

    /// The code, upper case (`CN`).
    pub fn as_str(self) -> &'static str {
        COUNTRIES.get(usize::from(self.0)).map_or("", |(c, _)| *c)
    }

    /// The English short name (`China`).
    pub fn name(self) -> &'static str {
        COUNTRIES.get(usize::from(self.0)).map_or("", |(_, n)| *n)
    }

    /// Every assigned code, in code order.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        (0..COUNTRIES.len())
            .filter_map(|i| u8::try_from(i).ok())
            .map(CountryCode)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Vietnamese short names of the countries the entity tables know (`CN` → "Trung Quốc"),
/// sorted by code; the first Vietnamese name of each row of `src/entity/data/countries.tsv`
/// (a host test keeps the two in step). Codes without a row fall back to the English name.
pub const VI_NAMES: [(&str, &str); 199] = [
    ("AD", "Andorra"),
    ("AE", "Các Tiểu vương quốc Ả Rập Thống nhất"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua và Barbuda"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AR", "Argentina"),
    ("AT", "Áo"),
    ("AU", "Australia"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia và Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Bỉ"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BN", "Brunei"),
    ("BO", "Bolivia"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CD", "Cộng hòa Dân chủ Congo"),
    ("CF", "Cộng hòa Trung Phi"),
    ("CG", "Cộng hòa Congo"),
    ("CH", "Thụy Sĩ"),
    ("CI", "Côte d'Ivoire"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "Trung Quốc"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CY", "Síp"),
    ("CZ", "Cộng hòa Séc"),
    ("DE", "Đức"),
    ("DJ", "Djibouti"),
    ("DK", "Đan Mạch"),
    ("DM", "Dominica"),
    ("DO", "Cộng hòa Dominica"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Ai Cập"),
    ("ER", "Eritrea"),
    ("ES", "Tây Ban Nha"),
    ("ET", "Ethiopia"),
    ("FI", "Phần Lan"),
    ("FJ", "Fiji"),
    ("FM", "Micronesia"),
    ("FR", "Pháp"),
    ("GA", "Gabon"),
    ("GB", "Vương quốc Anh"),
    ("GD", "Grenada"),
    ("GE", "Gruzia"),
    ("GH", "Ghana"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GQ", "Guinea Xích Đạo"),
    ("GR", "Hy Lạp"),
    ("GT", "Guatemala"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hồng Kông"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IN", "Ấn Độ"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Nhật Bản"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Campuchia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts và Nevis"),
    ("KP", "Triều Tiên"),
    ("KR", "Hàn Quốc"),
    ("KW", "Kuwait"),
    ("KZ", "Kazakhstan"),
    ("LA", "Lào"),
    ("LB", "Liban"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Litva"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Maroc"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MG", "Madagascar"),
    ("MH", "Quần đảo Marshall"),
    ("MK", "Bắc Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mông Cổ"),
    ("MO", "Ma Cao"),
    ("MR", "Mauritania"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NE", "Niger"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Hà Lan"),
    ("NO", "Na Uy"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Ba Lan"),
    ("PS", "Palestine"),
    ("PT", "Bồ Đào Nha"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Nga"),
    ("RW", "Rwanda"),
    ("SA", "Ả Rập Xê Út"),
    ("SB", "Quần đảo Solomon"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Thụy Điển"),
    ("SG", "Singapore"),
    ("SI", "Slovenia"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "Nam Sudan"),
    ("ST", "Sao Tome và Principe"),
    ("SV", "El Salvador"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TD", "Sát"),
    ("TG", "Togo"),
    ("TH", "Thái Lan"),
    ("TJ", "Tajikistan"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Thổ Nhĩ Kỳ"),
    ("TT", "Trinidad và Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Đài Loan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("US", "Hoa Kỳ"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Tòa Thánh Vatican"),
    ("VC", "Saint Vincent và Grenadines"),
    ("VE", "Venezuela"),
    ("VN", "Việt Nam"),
    ("VU", "Vanuatu"),
    ("WS", "Samoa"),
    ("XK", "Kosovo"),
    ("YE", "Yemen"),
    ("ZA", "Nam Phi"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

/// The Vietnamese name of an assigned code (any case), falling back to the English name.
pub fn name_vi(code: &str) -> Option<&'static str> {
    let code = code.to_ascii_uppercase();
    VI_NAMES
        .binary_search_by(|(c, _)| (*c).cmp(code.as_str()))
        .ok()
        .and_then(|i| VI_NAMES.get(i))
        .map(|(_, n)| *n)
        .or_else(|| name(&code))
}

/// The name of a code in a language.
pub fn name_in(code: &str, lang: crate::lang::Lang) -> Option<&'static str> {
    match lang {
        crate::lang::Lang::En => name(code),
        crate::lang::Lang::Vi => name_vi(code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_well_formed() {
        for pair in COUNTRIES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (code, name) in COUNTRIES {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
            assert!(!name.is_empty() && name.trim() == name, "{code}: {name:?}");
        }
    }

    struct Lookup {
        code: &'static str,
        name: Option<&'static str>,
    }

    const LOOKUPS: &[Lookup] = &[
        Lookup {
            code: "CN",
            name: Some("China"),
        },
        Lookup {
            code: "cn",
            name: Some("China"),
        },
        Lookup {
            code: "Sg",
            name: Some("Singapore"),
        },
        Lookup {
            code: "VN",
            name: Some("Vietnam"),
        },
        Lookup {
            code: "KR",
            name: Some("South Korea"),
        },
        Lookup {
            code: "KP",
            name: Some("North Korea"),
        },
        Lookup {
            code: "LA",
            name: Some("Laos"),
        },
        Lookup {
            code: "RU",
            name: Some("Russian Federation"),
        },
        Lookup {
            code: "GB",
            name: Some("United Kingdom"),
        },
        Lookup {
            code: "TR",
            name: Some("Türkiye"),
        },
        Lookup {
            code: "AD",
            name: Some("Andorra"),
        },
        Lookup {
            code: "ZW",
            name: Some("Zimbabwe"),
        },
        Lookup {
            code: "SS",
            name: Some("South Sudan"),
        },
        Lookup {
            code: "BQ",
            name: Some("Bonaire, Sint Eustatius and Saba"),
        },
        // Not assigned: user-assigned, exceptionally reserved, withdrawn, malformed.
        Lookup { code: "ZZ", name: None },
        Lookup { code: "XK", name: None },
        Lookup { code: "UK", name: None },
        Lookup { code: "EU", name: None },
        Lookup { code: "YU", name: None },
        Lookup { code: "AN", name: None },
        Lookup { code: "C", name: None },
        Lookup {
            code: "CHN",
            name: None,
        },
        Lookup { code: "", name: None },
        Lookup { code: "C1", name: None },
        Lookup {
            code: "ÇN", name: None
        },
    ];

    #[test]
    fn looks_up_codes() {
        for row in LOOKUPS {
            assert_eq!(name(row.code), row.name, "{:?}", row.code);
            assert_eq!(is_assigned(row.code), row.name.is_some(), "{:?}", row.code);
            assert_eq!(
                CountryCode::parse(row.code).map(CountryCode::name),
                row.name,
                "{:?}",
                row.code
            );
        }
    }

    #[test]
    fn country_code_round_trips_every_entry() {
        assert_eq!(CountryCode::all().count(), 249);
        for (code, name) in COUNTRIES {
            let c = CountryCode::parse(code).unwrap();
            assert_eq!(c.as_str(), code);
            assert_eq!(c.name(), name);
            assert_eq!(CountryCode::parse(&code.to_ascii_lowercase()), Some(c));
        }
    }

    #[test]
    fn asean_and_un_security_council_members_are_present() {
        // ASEAN members and the permanent members of the UN Security Council.
        let codes = [
            "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "CN", "FR", "RU", "GB", "US",
        ];
        for code in codes {
            assert!(is_assigned(code), "{code}");
        }
    }
}
