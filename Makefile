# The two commands of the README: `make run` and `make test`. Both install what is missing first.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build run test bench package clean format

all: build

deps:
	@scripts/install-deps.sh build

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/bin/code-remote

test:
	@scripts/install-deps.sh build test
	@$(MAKE) --no-print-directory build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} ctest --output-on-failure -j 2 --timeout 600

bench:
	@scripts/install-deps.sh build bench
	@$(MAKE) --no-print-directory build
	bench/run-all.sh $(BUILD_DIR)

# The .deb and the relocatable .tar.gz (installer/), in $(BUILD_DIR)/.
package:
	@scripts/install-deps.sh build package
	@$(MAKE) --no-print-directory build
	@# Configured again: a build directory made before help2man or rsvg-convert were installed finds them now.
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS) --target installer_man installer_icons
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i
