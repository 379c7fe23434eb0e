//! The UI layer.
