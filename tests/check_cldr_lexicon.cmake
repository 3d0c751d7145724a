# Runs GENERATOR OUTPUT_DIR and fails if any cldr_*.txt it writes differs
# from the one in COMMITTED_DIR. The files carry the ICU version that made
# them; under another ICU the test is skipped, since CLDR's names change
# between versions and the difference is for a person to review.
file(MAKE_DIRECTORY ${OUTPUT_DIR})
execute_process(COMMAND ${GENERATOR} ${OUTPUT_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "generator failed (${rc})")
endif()
set(names cldr_months_jalali.txt cldr_months_hijri.txt cldr_months_gregorian.txt cldr_months_gregorian_ar.txt
          cldr_weekdays.txt cldr_eras.txt)
file(STRINGS ${COMMITTED_DIR}/cldr_months_jalali.txt committed_head REGEX "^# source:")
file(STRINGS ${OUTPUT_DIR}/cldr_months_jalali.txt installed_head REGEX "^# source:")
string(REGEX MATCH "ICU [0-9.]+" committed_icu "${committed_head}")
string(REGEX MATCH "ICU [0-9.]+" installed_icu "${installed_head}")
if(NOT committed_icu STREQUAL installed_icu)
  message(STATUS "SKIPPED: the lexicon's CLDR files come from ${committed_icu}, this is ${installed_icu}; "
                 "regenerate them with ${GENERATOR} data/lexicon and review the difference")
  return()
endif()
foreach(name IN LISTS names)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT_DIR}/${name} ${COMMITTED_DIR}/${name}
                  RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(FATAL_ERROR "${COMMITTED_DIR}/${name} is stale: regenerate it with\n  ${GENERATOR} ${COMMITTED_DIR}")
  endif()
endforeach()
