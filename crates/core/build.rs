//! For the benchmark's scale case only (the `bench-10x` feature): writes the ids of the
//! questionnaire asked ten times over, which `questionnaire::bench_10x` includes.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=src/questionnaire.rs");
    if env::var_os("CARGO_FEATURE_BENCH_10X").is_some() {
        let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
        write_bench_10x_ids(&out_dir);
    }
}

/// For the benchmark's 10× questionnaire: the ids of the 25 questions, then nine more rounds of
/// them as `<id>__2` … `<id>__10`, read from `src/questionnaire.rs`.
fn write_bench_10x_ids(out_dir: &str) {
    let source = fs::read_to_string("src/questionnaire.rs").expect("questionnaire source");
    let ids: Vec<&str> = source
        .lines()
        .filter_map(|line| line.trim().strip_prefix("q(\""))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let mut out = format!("const IDS: [&str; {}] = [\n", ids.len() * 10);
    for round in 1..=10 {
        for id in &ids {
            let id = if round == 1 {
                (*id).to_owned()
            } else {
                format!("{id}__{round}")
            };
            writeln!(out, "    {id:?},").unwrap();
        }
    }
    out.push_str("];\n");
    fs::write(Path::new(out_dir).join("bench_10x_ids.rs"), out).expect("OUT_DIR is writable");
}
