# Sourced by .ci/run and bench/run: pick_jdk prints the home of the newest JDK >= 21 on this machine.
java_major() { # prints the feature version of the java binary given, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1 || echo 0
}
pick_jdk() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  local java_on_path
  java_on_path=$(command -v java || true)
  [[ -n "$java_on_path" ]] && candidates+=("$(dirname "$(dirname "$(readlink -f "$java_on_path")")")")
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [[ -d "$dir" ]] && candidates+=("$dir"); done
  local best="" best_version=0 version
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || continue
    version=$(java_major "$home/bin/java")
    if [[ "${version:-0}" -ge 21 && "$version" -gt "$best_version" ]]; then best="$home"; best_version=$version; fi
  done
  [[ -n "$best" ]] || { echo "No JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)" >&2; exit 1; }
  echo "$best"
}
