# Warnings and sanitizers as interface targets that every cmcsim target links.
add_library(cmcsim_options INTERFACE)
target_compile_options(cmcsim_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${CMCSIM_WARNINGS_AS_ERRORS}>:-Werror>)

if(CMCSIM_SANITIZERS)
  target_compile_options(cmcsim_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(cmcsim_options INTERFACE -fsanitize=address,undefined)
endif()
