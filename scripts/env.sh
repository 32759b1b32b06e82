# Shared environment for the project's scripts. Source it; it defines functions only.
# The wasm toolchain comes by one of two routes (see README "How the build works"):
#   rustup  - `rustup target add wasm32-unknown-unknown` works (an ordinary developer machine);
#   debian  - rustup cannot download: Debian's rustc-web with build-std and wasm-ld-22.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
mkdir -p "$CACHE"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock"
}

# Which route provides the wasm32 standard library here (decided once by setup).
wasm_route() {
  cat "$CACHE/wasm-route" 2>/dev/null || echo rustup
}

# Runs a command with the environment a wasm build needs on this machine's route.
with_wasm_env() {
  if [ "$(wasm_route)" = debian ]; then
    PATH="/usr/bin:$PATH" \
      RUSTC=/usr/bin/rustc \
      RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 \
      "$@"
  else
    "$@"
  fi
}
