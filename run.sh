#!/usr/bin/env bash
# actbench: builds when needed, then runs the driver with the JVM flags it needs.
#   ./run.sh                 the activation-statistics experiment (same as ./run.sh stats)
#   ./run.sh stats --help    every option
# Extra JVM options go in JAVA_OPTS, e.g. JAVA_OPTS=-Xmx8g ./run.sh --batch 100000
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/target/actbench.jar"

die() { echo "run.sh: $*" >&2; exit 1; }

# The JVM: JAVA_HOME's when it is set (as Maven takes it), else the java on PATH.
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
  [[ -x "$java_cmd" ]] || die "JAVA_HOME is set to '$JAVA_HOME', which has no bin/java: unset it or point it at a JDK"
else
  java_cmd=java
  command -v java >/dev/null 2>&1 || die "java not found: install JDK 17 or newer (e.g. apt-get install openjdk-17-jdk)"
fi
# Asking java its version starts a JVM (~0.07 s): remember the answer for this java binary.
java_bin="$(readlink -f "$(command -v "$java_cmd")")"
java_id="$java_bin $(stat -c %Y "$java_bin" 2>/dev/null || echo 0)"
checked="$root/target/.java-checked"
if [[ "$(cat "$checked" 2>/dev/null)" != "$java_id" ]]; then
  java_major="$("$java_cmd" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)"
  java_major="${java_major#1.}"
  [[ "$java_major" =~ ^[0-9]+$ && "$java_major" -ge 17 ]] \
    || die "Java 17 or newer is needed, found '${java_major:-unknown}' ($java_bin)"
  mkdir -p "$root/target" && echo "$java_id" > "$checked" 2>/dev/null || true
fi

# Never run stale bytecode: rebuild when the jar is missing or older than any source.
if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/src/main" "$root/benchmarks" -newer "$jar" -type f -print -quit 2>/dev/null)" ]]; then
  command -v mvn >/dev/null 2>&1 || die "Maven not found: it builds actbench (e.g. apt-get install maven)"
  echo "run.sh: building actbench (mvn package)..." >&2
  # Maven 3.8 prints ANSI resets even with -q and no colour: keep its output for a failure only
  if ! build_log="$(cd "$root" && mvn -B -q -Dstyle.color=never -Dmaven.test.skip=true package 2>&1)"; then
    printf '%s\n' "$build_log" | sed 's/\x1b\[[0-9;]*m//g' >&2
    die "build failed; run 'mvn -B package' in $root to see why"
  fi
fi

# Start-up flags, measured with './run.sh job' (cold runs of the lecture's job, alternating):
# - the serial collector: the runs allocate little and briefly; G1 took 490-560 MB resident for the
#   tables-only job, Serial 210-230 MB, in the same time (a GC named in JAVA_OPTS wins);
# - actbench's methods reach C2 at 5% of the usual invocation counts, so the kernels' warm-up
#   (actbench.experiment.Warmup) gets them compiled sooner (3-5% faster cold runs, within the noise
#   on some days); the compiled code is the same once warm.
# - objects start on 32-byte boundaries, so the matrix products' packed operands are aligned to their
#   vector loads (actbench.kernel.Tuning.ALIGN_BYTES says what that gains); the class archive below
#   is made with the same alignment, which it must match.
# - C2 gives up speculating on types in a compile once the traps of its inlined methods add up to
#   PerMethodTrapLimit (100), counting a JDK helper's traps once per inlined copy: a vector loop
#   inlines VectorOperators.opCode or ImplCache.find 40-50 times, so 3-4 traps that helper took in
#   its own compile made some launches compile the tanh loop without the intrinsics' constants, and
#   box every vector (ForwardPassBench: 2 of 34 f32 forks at 104-154 ms against 68-76, after
#   OperationPriming had removed the first cause; README, "the tanh kernel boxed"). At 1000 such
#   sums stay below the limit: 0 of 20 forks.
align=-XX:ObjectAlignmentInBytes=32
jvm_flags=(-XX:CompileCommand=quiet "-XX:CompileCommand=CompileThresholdScaling,actbench.*::*,0.05" "$align"
  -XX:PerMethodTrapLimit=1000)
[[ "${JAVA_OPTS:-}" == *-XX:+Use*GC* ]] || jvm_flags+=(-XX:+UseSerialGC)
# - stats (the default command, and each run the job timer starts) without on-stack replacement:
#   its hot methods are called thousands of times, so a compile started inside a long-running call
#   only compiled them twice, on two cores shared with the job (C2's CPU time in the lecture's f32
#   job 0.59-0.92 s with it, 0.37-0.48 s without); its long loops are calls of chunks instead
#   (NormalTape, Tuning.PACK_ROWS). Alternating cold runs against the build before: the lecture's
#   job 0.11 s faster in f32 (14 of 15 pairs; 0.29 s less CPU) and 0.07-0.17 s in f64 (10 of 15,
#   twice), the default run without its report 0.25 s (5 of 5). train was 0.12 s slower without
#   it (5 of 6 pairs) and sweep no faster, so they keep it.
subcommand="${1:-stats}"
[[ "$subcommand" == stats || "$subcommand" == -* ]] && jvm_flags+=(-XX:-UseOnStackReplacement)

# Class data sharing: the classes a run loads (actbench's, picocli's, the JDK's, and the classes
# generated for lambdas), parsed and linked once into an archive that each start maps instead of
# loading them again. Cold runs alternating with ACTBENCH_CDS=off: the lecture's tables-only job
# median 2.01 against 2.08 s (f32) and 2.32 against 2.60 s (f64), the default run 9.5 against
# 10.5 s. The archive belongs to one jar and one JVM build: it is made again (about 8 s, once)
# after each build and for each java. When making it fails, runs go on without it and do not try
# again until the next build. ACTBENCH_CDS=off leaves it out.
cds_archive() {
  local archive work
  archive="$root/target/cds/actbench-$(printf '%s\n' "$java_id" | cksum | cut -d' ' -f1).jsa"
  if [[ ( ! -f "$archive" || "$jar" -nt "$archive" ) && ! ( -f "$archive.failed" && "$archive.failed" -nt "$jar" ) ]]; then
    mkdir -p "$root/target/cds" && work="$(mktemp -d "$root/target/cds/make.XXXXXX")" || return 0
    [[ -t 2 ]] && echo "run.sh: making the class archive for this build and java (once, about 8 s)..." >&2
    # the classes of a small run that goes where users' runs go (timing, the report); one run's
    # list, as lists of several runs number their classes differently; a class not on it loads as usual
    if "$java_cmd" --add-modules jdk.incubator.vector "${jvm_flags[@]}" -XX:DumpLoadedClassList="$work/classes.lst" \
         -Dactbench.home="$root" -Dactbench.reports="$work/reports" -Dactbench.stderr.terminal=false -cp "$jar" \
         actbench.Main stats --depth 2 --width 16 --batch 16 --warmup 0.01 --measure 0.01 >/dev/null 2>&1 \
       && "$java_cmd" --add-modules jdk.incubator.vector "$align" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
         -XX:SharedArchiveFile="$work/actbench.jsa" -cp "$jar" >/dev/null 2>&1 \
       && "$java_cmd" --add-modules jdk.incubator.vector "$align" -Xshare:on -XX:SharedArchiveFile="$work/actbench.jsa" \
         -cp "$jar" actbench.Main --version >/dev/null 2>&1; then
      mv -f "$work/actbench.jsa" "$archive"  # atomic: a run beside this one sees all of it or none
      rm -f "$archive.failed"
    else
      touch "$archive.failed"
    fi
    rm -rf "$work"
  fi
  if [[ -f "$archive" && ! "$jar" -nt "$archive" ]]; then
    jvm_flags+=(-XX:SharedArchiveFile="$archive")
  fi
}
[[ "${ACTBENCH_CDS:-on}" == off ]] || cds_archive

# Every JVM start announces the incubating Vector API ("WARNING: Using incubator modules:
# jdk.incubator.vector"), --help and -V included, before anything else: that line is dropped. The
# JVM's other warnings pass, and after them everything passes through cat as it comes (not a line
# filter: the progress line ends in \r). The filter ignores Ctrl-C so java's last words still get out.
drop_incubator_warning() {
  trap '' INT
  local line
  while true; do
    if ! IFS= read -r line; then
      printf '%s' "$line"  # stderr ended, perhaps inside a line
      return 0
    fi
    [[ "$line" == "WARNING: Using incubator modules: jdk.incubator.vector" ]] && break
    printf '%s\n' "$line"
    [[ "$line" == *[Ww]arning* || "$line" == *WARNING* ]] || break  # past the JVM's own warnings
  done
  exec cat
}

# stderr goes through that filter, a pipe: tell the progress line whether the user's is a terminal
terminal=false
[[ -t 2 ]] && terminal=true

# bench's class path adds the libraries it compares with (target/peers/, benchmark-only; JMH's forks
# inherit the class path; the java launcher expands the wildcard). The other commands go without:
# a class looked up and not found (picocli probes for Groovy at start-up) opens and indexes every
# jar on the path, and the six peers hold 3,100 entries besides the jar's 3,075 (the lecture's
# tables in f32, alternating cold runs: 0.02 s and 0.065 s of CPU less, 9 and 10 of 16 pairs).
classpath="$jar"
[[ "$subcommand" == bench ]] && classpath+=":$root/target/peers/*"
# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose
exec "$java_cmd" --add-modules jdk.incubator.vector "${jvm_flags[@]}" ${JAVA_OPTS:-} \
  -Dactbench.home="$root" -Dactbench.reports="$root/reports" -Dactbench.stderr.terminal="$terminal" \
  -cp "$classpath" actbench.Main "$@" 2> >(drop_incubator_warning >&2)
