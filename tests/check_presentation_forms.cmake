# Runs GENERATOR > OUTPUT and fails if OUTPUT differs from COMMITTED, the
# table of src/text/presentation_forms.h. The table carries the ICU version
# that made it; when another ICU writes a different table, the test is
# skipped, since the difference (new characters of a later Unicode) is for a
# person to review.
execute_process(COMMAND ${GENERATOR} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "generator failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT} ${COMMITTED} RESULT_VARIABLE diff)
if(diff EQUAL 0)
  return()
endif()
file(STRINGS ${COMMITTED} committed_head REGEX "^// source:")
file(STRINGS ${OUTPUT} installed_head REGEX "^// source:")
string(REGEX MATCH "ICU [0-9.]+" committed_icu "${committed_head}")
string(REGEX MATCH "ICU [0-9.]+" installed_icu "${installed_head}")
if(NOT committed_icu STREQUAL installed_icu)
  message(STATUS "SKIPPED: ${COMMITTED} comes from ${committed_icu}, this is ${installed_icu}, whose table "
                 "differs; regenerate it with\n  ${GENERATOR} > ${COMMITTED}\nand review the difference")
  return()
endif()
message(FATAL_ERROR "${COMMITTED} is stale: regenerate it with\n  ${GENERATOR} > ${COMMITTED}")
