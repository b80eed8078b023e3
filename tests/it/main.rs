//! Integration tests for the `minipy` command. CPython 3.11 (`python3`, or
//! `$MINIPY_PYTHON`) is the oracle: most tests run a program under both and
//! compare what they print.

mod book;
mod cli;
mod concurrency;
mod differential;
mod examples;
mod robustness;
mod stages;
mod support;
