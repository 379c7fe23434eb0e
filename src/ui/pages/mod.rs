//! The app's pages, one per `view` of the URL.

pub mod article;
pub mod entities;
pub mod entity;
pub mod home;
