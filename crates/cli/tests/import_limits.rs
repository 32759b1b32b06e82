//! `plan import` and the importer's limits (issue 23): a file larger than the importer reads
//! is refused by its size before it is read, and a file past a limit on its cells or values
//! is refused with the limit and the row, with exit status 1.

use std::process::{Command, Output};

fn plan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plan"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn temp_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("plan-cli-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn a_file_larger_than_the_importer_reads_is_refused_before_it_is_read() {
    // 300 MB of nothing on disk (a sparse file): refused by its size alone.
    let path = temp_file("stor.csv");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(300 * 1024 * 1024).unwrap();
    let name = path.to_str().unwrap();
    let out = plan(&["import", name]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{name}: filen fylder 300,0 MB; appen læser filer på op til 25,0 MB. Udtræk færre områder eller perioder, eller del filen op.\n")
    );
}

#[test]
fn a_file_of_too_many_cells_is_refused_with_its_row() {
    let path = temp_file("celler.csv");
    let mut text = String::from("Område;Periode;Antal\n");
    text.push_str(&"A;1;1\n".repeat(1_700_000));
    std::fs::write(&path, text).unwrap();
    let name = path.to_str().unwrap();
    let out = plan(&["import", name]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{name}: filen har 5.100.003 celler; appen læser op til 5.000.000 celler i én fil, og grænsen nås i række 1666667. Udtræk færre områder, grupper eller perioder, eller del filen op.\n")
    );
}

#[test]
fn standard_input_larger_than_the_importer_reads_is_refused_without_reading_the_rest() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_plan"))
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // 40 MB offered through a pipe; plan stops reading one byte past 25 MB, so the rest of
    // the writing fails (a closed pipe), which is what is tested.
    let writer = std::thread::spawn(move || {
        let block = "A;2023;1\n".repeat(100_000);
        let mut written = 0usize;
        while written < 40 * 1024 * 1024 {
            if stdin.write_all(block.as_bytes()).is_err() {
                return written;
            }
            written += block.len();
        }
        written
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "standard input: mere end 25,0 MB; appen læser filer på op til 25,0 MB. Udtræk færre områder eller perioder, eller del filen op.\n"
    );
}
