//! The `counterparts` command-line tool: `extract` prints what the pipeline finds in files; `ingest` builds a corpus bundle from a folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  counterparts extract FILE...          print one JSON object per file (a JSON array)
  counterparts ingest DIR -o BUNDLE     parse every .txt/.html/.htm file in DIR into BUNDLE
  counterparts seal DIR                 seal a built site: CSP into DIR/index.html, DIR/_headers, offline DIR/sw.js
  counterparts bench-tag FILE...        time entity tagging of each file's story; print counts and MB/s (JSON)
  counterparts bench-tag --text FILE    time entity tagging of FILE's text as it is (no article parsing;
                                        language detected); print counts and the median MB/s (JSON)
  counterparts generate --seed S --count N [--out DIR] [--json]
                                        write N synthetic raw articles to DIR, and/or print them parsed
                                        as a JSON array of {id, title, body, lang} (same seed, same bytes)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("extract") => extract(&args[1..]),
        Some("ingest") => ingest(&args[1..]),
        Some("seal") => seal(&args[1..]),
        Some("bench-tag") => bench_tag(&args[1..]),
        Some("generate") => generate(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("counterparts: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a file, turning an I/O error into a sentence naming it.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn extract(files: &[String]) -> Result<(), String> {
    if files.is_empty() {
        return Err(format!("extract needs at least one file\n{USAGE}"));
    }
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let value = match read(Path::new(file)) {
            Ok(bytes) => counterparts::report::outcome_json(file, &counterparts::pipeline::process(file, &bytes)),
            Err(error) => serde_json::json!({ "file": file, "error": error }),
        };
        out.push(value);
    }
    let text = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
    write_stdout(&text)
}

/// Prints to stdout; a closed pipe (`| head`) is not an error.
fn write_stdout(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

fn ingest(args: &[String]) -> Result<(), String> {
    let (dir, output) = match args {
        [dir, flag, out] if flag == "-o" || flag == "--output" => (PathBuf::from(dir), PathBuf::from(out)),
        _ => return Err(format!("ingest needs a folder and -o BUNDLE\n{USAGE}")),
    };
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("cannot read folder {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if !path.is_file() || !matches!(ext.as_str(), "txt" | "html" | "htm") {
            continue;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        match read(&path) {
            Ok(bytes) => files.push((name, bytes)),
            Err(e) => eprintln!("counterparts: skipped: {e}"),
        }
    }
    if files.is_empty() {
        return Err(format!("no .txt or .html files in {}", dir.display()));
    }
    let (bundle, errors) = counterparts::pipeline::build_bundle(files);
    for (name, e) in &errors {
        eprintln!("counterparts: skipped {name}: {e}");
    }
    let bytes = bundle.encode().map_err(|e| e.to_string())?;
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(&output, &bytes).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    eprintln!(
        "counterparts: wrote {} ({} articles, {} bytes; {} skipped)",
        output.display(),
        bundle.records.len(),
        bytes.len(),
        errors.len()
    );
    Ok(())
}

/// Seals a built site: the CSP (with the inline loader's hash) into index.html, and a `_headers` file.
fn seal(args: &[String]) -> Result<(), String> {
    let [dir] = args else {
        return Err(format!("seal needs the built site's folder\n{USAGE}"));
    };
    let dir = Path::new(dir);
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let sealed = counterparts::site::seal(&html).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, sealed).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let headers = dir.join("_headers");
    std::fs::write(&headers, counterparts::site::headers_file(&html))
        .map_err(|e| format!("cannot write {}: {e}", headers.display()))?;
    // The offline worker precaches every file of the site; its version changes with any byte of them.
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        paths.push(entry.map_err(|e| e.to_string())?.path());
    }
    paths.sort();
    let mut files = Vec::new();
    let mut version = Vec::new();
    for path in paths {
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
            continue;
        };
        if !path.is_file() || name == "_headers" || name == counterparts::site::SERVICE_WORKER {
            continue;
        }
        let bytes = read(&path)?;
        version.extend_from_slice(name.as_bytes());
        version.extend_from_slice(&counterparts::hash::fnv1a64(&bytes).to_le_bytes());
        files.push(name);
    }
    let version = format!("{:016x}", counterparts::hash::fnv1a64(&version));
    let sw = dir.join(counterparts::site::SERVICE_WORKER);
    std::fs::write(&sw, counterparts::site::service_worker(&files, &version))
        .map_err(|e| format!("cannot write {}: {e}", sw.display()))?;
    eprintln!(
        "counterparts: sealed {} with a Content Security Policy; offline worker {version} for {} files",
        index.display(),
        files.len()
    );
    Ok(())
}

/// Tags each file's story repeatedly (at least 0.3 s per file) and prints, per file and in total, the
/// entities found (people, places, organisations: distinct ids and mentions) and the throughput.
fn bench_tag(files: &[String]) -> Result<(), String> {
    use counterparts::entity::{self, EntityKind};
    use std::time::{Duration, Instant};
    if files.is_empty() {
        return Err(format!("bench-tag needs at least one file\n{USAGE}"));
    }
    if let [flag, file] = files {
        if flag == "--text" {
            return bench_tag_text(Path::new(file));
        }
    }
    let build = entity::warm_up();
    let mut rows = Vec::new();
    let (mut all_bytes, mut all_secs) = (0usize, 0f64);
    for file in files {
        let bytes = read(Path::new(file))?;
        let article = counterparts::corpus::parse(file, &bytes).map_err(|e| format!("{file}: {e}"))?;
        let body = article.body();
        let started = Instant::now();
        let mut reps = 0usize;
        let mut mentions = Vec::new();
        while reps == 0 || started.elapsed() < Duration::from_millis(300) {
            mentions = entity::tag_text(&body, article.language);
            reps += 1;
        }
        let secs = started.elapsed().as_secs_f64();
        all_bytes += body.len() * reps;
        all_secs += secs;
        let count = |k: EntityKind| {
            let found = entity::entities_of(&mentions, k);
            serde_json::json!({
                "distinct": found.len(),
                "mentions": found.iter().map(|e| e.2).sum::<usize>(),
                "names": found.iter().map(|e| e.1.clone()).collect::<Vec<_>>(),
            })
        };
        rows.push(serde_json::json!({
            "file": file,
            "language": article.language.code(),
            "bytes": body.len(),
            "people": count(EntityKind::Person),
            "places": count(EntityKind::Place),
            "organizations": count(EntityKind::Organization),
            "countries": count(EntityKind::Country),
            "ms_per_article": secs * 1000.0 / reps as f64,
            "mb_per_s": (body.len() * reps) as f64 / 1e6 / secs.max(1e-9),
        }));
    }
    let out = serde_json::json!({
        "automata_build_ms": build.as_secs_f64() * 1000.0,
        "files": rows,
        "total_mb_per_s": all_bytes as f64 / 1e6 / all_secs.max(1e-9),
    });
    let text = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
    write_stdout(&text)
}

/// Tags one plain text (the benchmark's English text, the same bytes the browser tags) at least five
/// times and for at least a second; prints the median throughput and the entities found.
fn bench_tag_text(path: &Path) -> Result<(), String> {
    use counterparts::entity::{self, EntityKind};
    use std::time::{Duration, Instant};
    let bytes = read(path)?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
    let lang = counterparts::lang::detect(&text);
    let build = entity::warm_up();
    let mut mentions = entity::tag_text(&text, lang);
    let mut secs = Vec::new();
    let started = Instant::now();
    while secs.len() < 5 || started.elapsed() < Duration::from_secs(1) {
        let t = Instant::now();
        mentions = entity::tag_text(&text, lang);
        secs.push(t.elapsed().as_secs_f64());
    }
    secs.sort_by(f64::total_cmp);
    let median = secs.get(secs.len() / 2).copied().unwrap_or(0.0);
    let count = |k: EntityKind| {
        let found = entity::entities_of(&mentions, k);
        serde_json::json!({ "distinct": found.len(), "mentions": found.iter().map(|e| e.2).sum::<usize>() })
    };
    let out = serde_json::json!({
        "file": path.display().to_string(),
        "language": lang.code(),
        "bytes": text.len(),
        "runs": secs.len(),
        "automata_build_ms": build.as_secs_f64() * 1000.0,
        "median_ms": median * 1000.0,
        "mb_per_s": text.len() as f64 / 1e6 / median.max(1e-9),
        "people": count(EntityKind::Person),
        "places": count(EntityKind::Place),
        "countries": count(EntityKind::Country),
        "organizations": count(EntityKind::Organization),
    });
    let text = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
    write_stdout(&text)
}

/// Options of `generate`.
struct GenerateArgs {
    seed: u64,
    count: usize,
    out: Option<PathBuf>,
    json: bool,
}

fn parse_generate(args: &[String]) -> Result<GenerateArgs, String> {
    let mut seed = None;
    let mut count = None;
    let mut out = None;
    let mut json = false;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
        match flag.as_str() {
            "--seed" => {
                let v = value("--seed")?;
                seed = Some(
                    v.parse::<u64>()
                        .map_err(|_| format!("--seed must be a whole number, not {v:?}"))?,
                );
            }
            "--count" => {
                let v = value("--count")?;
                count = Some(
                    v.parse::<usize>()
                        .map_err(|_| format!("--count must be a whole number, not {v:?}"))?,
                );
            }
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            "--json" => json = true,
            other => return Err(format!("generate: unknown option {other:?}\n{USAGE}")),
        }
    }
    let (Some(seed), Some(count)) = (seed, count) else {
        return Err(format!("generate needs --seed and --count\n{USAGE}"));
    };
    if out.is_none() && !json {
        return Err(format!("generate needs --out DIR, --json, or both\n{USAGE}"));
    }
    Ok(GenerateArgs { seed, count, out, json })
}

fn generate(args: &[String]) -> Result<(), String> {
    use std::io::Write;
    let opts = parse_generate(args)?;
    let files = counterparts::synth::generate(opts.seed, opts.count);
    if let Some(dir) = &opts.out {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        for (name, text) in &files {
            let path = dir.join(name);
            std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        eprintln!("counterparts: wrote {} articles to {}", files.len(), dir.display());
    }
    if opts.json {
        let stdout = std::io::stdout().lock();
        let mut w = std::io::BufWriter::new(stdout);
        let mut emit = || -> std::io::Result<()> {
            w.write_all(b"[")?;
            let mut first = true;
            for (name, text) in &files {
                let rec = match counterparts::pipeline::process(name, text.as_bytes()) {
                    Ok(rec) => rec,
                    Err(e) => {
                        eprintln!("counterparts: skipped {name}: {e}");
                        continue;
                    }
                };
                let doc = serde_json::json!({
                    "id": rec.article.id.as_str(),
                    "title": rec.article.title,
                    "body": rec.article.body(),
                    "lang": rec.article.language.code(),
                });
                if !first {
                    w.write_all(b",\n")?;
                }
                first = false;
                serde_json::to_writer(&mut w, &doc)?;
            }
            w.write_all(b"]\n")?;
            w.flush()
        };
        match emit() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(format!("cannot write output: {e}")),
            _ => {}
        }
    }
    Ok(())
}
