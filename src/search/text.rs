//! The search index uses the one fold and tokeniser of [`crate::lang`] (their allocation-free fast paths).

pub(crate) use crate::lang::fast::{fold_into, for_each_token, lower_exact};
