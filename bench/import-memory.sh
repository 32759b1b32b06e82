#!/usr/bin/env bash
# The importer's memory at the sizes people really have, natively: the peak resident memory
# (max RSS, /usr/bin/time) of `plan import` (release) on files made here, and where each limit
# stops a file before it grows (crates/core/src/indicators/import/limits.rs). The time
# includes writing every value as CSV to standard output. Usage: bench/import-memory.sh PLAN DIR
set -euo pipefail
plan=$1
dir=$2
mkdir -p "$dir"
cd "$dir"
# 25 MB of short rows: 7.214.940 cells, refused before any row is split.
python3 -c 'import sys; o=["Område;Periode;Antal personer\n"]; n=len(o[0].encode()); i=0
while True:
    r=f"K{i%100};{2000+i%50};{i%10}\n"
    if n+len(r)>25*1024*1024-100: break
    o.append(r); n+=len(r); i+=1
sys.stdout.write("".join(o))' > short25.csv
# 24 MB of one-character values, periods as columns: 12.432.600 cells.
python3 -c 'import sys; h="Område;"+";".join(str(1901+j) for j in range(199))+"\n"; o=[h]; n=len(h); i=0
while True:
    r=f"A{i}"+";1"*199+"\n"
    if n+len(r)>24*1024*1024: break
    o.append(r); n+=len(r); i+=1
sys.stdout.write("".join(o))' > wide24.csv
# One 24 MB line of semicolons under a header.
python3 -c 'import sys; sys.stdout.write("Område;2023\n"+";"*(24*1024*1024)+"\n")' > semis.csv
# 24 MB of a jobindsats-like extract, read whole: 816.057 values.
python3 -c 'import sys; o=["Område;Periode;Ydelsesgruppe;Antal fuldtidspersoner\n"]; n=len(o[0]); i=0
while True:
    r=f"Kommune {i%98:02};{2016+(i//12)%10}M{i%12+1:02};G{(i//1200)%700};{1000+i%977},{i%10}\n"
    if n+len(r)>24*1024*1024: break
    o.append(r); n+=len(r); i+=1
sys.stdout.write("".join(o))' > long24.csv
# 12.000 rows of 100 periods: 1.200.000 values, the reading stops at 1.000.000.
python3 -c 'import sys; h="Område;"+";".join(str(1901+j) for j in range(100))+"\n"
sys.stdout.write(h+"".join(f"A{i};"+";".join(str(j%10) for j in range(100))+"\n" for i in range(12000)))' > values12k.csv
for f in short25.csv wide24.csv semis.csv long24.csv values12k.csv; do
  size=$(du -m "$f" | cut -f1)
  # plan import exits 1 on a refused file or row problems: that is the case measured.
  /usr/bin/time -f "%M %e" -o time.txt "$plan" import "$f" > /dev/null 2> err.txt || true
  read -r rss secs < <(tail -n 1 time.txt)
  said=$(grep -m1 . err.txt | cut -c1-160 || true)
  printf '%-15s %3s MB  max RSS %7s KB  %6s s  %s\n' "$f" "$size" "$rss" "$secs" "${said:-read whole}"
done
rm -f short25.csv wide24.csv semis.csv long24.csv values12k.csv time.txt err.txt
