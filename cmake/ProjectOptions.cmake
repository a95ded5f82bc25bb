# Warnings and sanitizers as interface targets that every cmcsim target links.
add_library(cmcsim_options INTERFACE)
target_compile_options(cmcsim_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${CMCSIM_WARNINGS_AS_ERRORS}>:-Werror>)

if(CMCSIM_SANITIZERS)
  # GCC 12 reports false maybe-uninitialized warnings in <regex> and <functional> once the
  # sanitizers instrument the code; the release build keeps the warning.
  target_compile_options(cmcsim_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
                                                  $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
  target_link_options(cmcsim_options INTERFACE -fsanitize=address,undefined)
endif()
