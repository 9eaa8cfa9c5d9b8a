# Shared by run.sh and test.sh: install what Suara needs and build it.
set -euo pipefail
SUARA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

suara_install_deps() {
    local pkgs missing=()
    pkgs=$(grep -v '^#' "$SUARA_ROOT/scripts/packages.txt" | tr '\n' ' ')
    for p in $pkgs; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    # npm comes with NodeSource's nodejs; Debian's own nodejs needs Debian's npm package beside it
    # (the two conflict, so it is asked for only when no npm is on the PATH).
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "Suara needs these Debian packages: ${missing[*]}" >&2
            echo "Run this script as root (or install them with apt-get) and try again." >&2
            exit 1
        fi
        echo "==> Installing ${#missing[@]} Debian packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# suara_build BUILD_DIR BUILD_TYPE [CMAKE_OPTION...]
suara_build() {
    local dir="$1" type="$2"
    shift 2
    echo "==> Building Suara ($type) in $dir"
    cmake -S "$SUARA_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}
