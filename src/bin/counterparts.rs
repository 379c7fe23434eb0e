//! The `counterparts` command-line tool: `extract` prints what the pipeline finds in files; `ingest` builds a corpus bundle from a folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  counterparts extract FILE...          print one JSON object per file (a JSON array)
  counterparts ingest DIR -o BUNDLE     parse every .txt/.html/.htm file in DIR into BUNDLE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("extract") => extract(&args[1..]),
        Some("ingest") => ingest(&args[1..]),
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
