# cmake/aarch64-linux-gnu.cmake — cross-compiling to AArch64 with Debian's
# aarch64-linux-gnu toolchain against the arm64 multiarch libraries; tests run
# under qemu-aarch64-static (CTest and gtest discovery use the emulator).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu /usr/lib/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static -L /usr/aarch64-linux-gnu)
# Statically linked: Debian 12's qemu-user (7.2) hangs in pthread_create of a
# dynamically linked guest (even a ten-line program), while static guests
# start threads normally, so the threaded tests can run too.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
