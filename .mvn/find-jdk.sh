# Finds a JDK >= 25 and exports JAVA_HOME. POSIX sh; sourced by mvnw, ./heliodeck and .ci/run
# so that all three agree on which JDK builds and runs Heliodeck.

HELIODECK_MIN_JAVA=25

# Prints the feature release (e.g. 25) of the JDK at $1, or fails when $1 is not a JDK.
heliodeck_java_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$_v" ] || _v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\).*/\1/p')
  [ -n "$_v" ] || return 1
  echo "$_v"
}

heliodeck_find_jdk() {
  _old=
  if [ -n "${JAVA_HOME:-}" ]; then
    _m=$(heliodeck_java_major "$JAVA_HOME") || _m=0
    [ "$_m" -ge "$HELIODECK_MIN_JAVA" ] && return 0
    _old=" (it holds Java ${_m:-none})"
  fi
  _best=
  _bestv=0
  _javac=$(command -v javac 2>/dev/null || true)
  [ -n "$_javac" ] && _javac=$(dirname "$(dirname "$(readlink -f "$_javac")")")
  for _d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
            /Library/Java/JavaVirtualMachines/*/Contents/Home $_javac; do
    _m=$(heliodeck_java_major "$_d") || continue
    if [ "$_m" -ge "$HELIODECK_MIN_JAVA" ] && [ "$_m" -gt "$_bestv" ]; then
      _best=$_d
      _bestv=$_m
    fi
  done
  if [ -z "$_best" ]; then
    echo "Heliodeck needs a JDK $HELIODECK_MIN_JAVA or newer, and none was found" >&2
    echo "(looked at JAVA_HOME=${JAVA_HOME:-<unset>}$_old, /usr/lib/jvm/*, /opt/java/*, the javac on PATH)." >&2
    echo "Install one, e.g. Eclipse Temurin 25 from https://adoptium.net, then set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$_best
  export JAVA_HOME
}
