# Fails when a source file of the library (SOURCE_DIR/src) is longer than
# LIMIT lines: a file that grows past it holds more than one stage's part
# and is split by what it does (docs/architecture.md).
file(GLOB_RECURSE sources ${SOURCE_DIR}/src/*.cc ${SOURCE_DIR}/src/*.h)
set(long "")
foreach(f IN LISTS sources)
  file(READ ${f} text)
  string(REGEX MATCHALL "\n" breaks "${text}")
  list(LENGTH breaks n)
  if(n GREATER LIMIT)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    string(APPEND long "\n  ${rel}: ${n} lines")
  endif()
endforeach()
if(long)
  message(FATAL_ERROR "longer than ${LIMIT} lines:${long}")
endif()
