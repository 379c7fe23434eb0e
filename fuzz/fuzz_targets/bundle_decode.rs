//! Fuzz target: `Bundle::decode` on arbitrary bytes (a damaged download, an HTML error page, a stranger's file) must return an error or a bundle, never panic.
#![no_main]

use counterparts::bundle::Bundle;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(bundle) = Bundle::decode(data) {
        // Whatever decodes must encode again and decode to the same records.
        let again = bundle.encode().expect("a decoded bundle encodes");
        assert_eq!(Bundle::decode(&again).map(|b| b.records), Ok(bundle.records));
    }
});
