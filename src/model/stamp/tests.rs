//! Tests of stamps and the clock.
use super::*;
use chrono::TimeZone;
