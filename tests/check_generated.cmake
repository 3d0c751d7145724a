# Runs GENERATOR INPUT [INPUT2] > OUTPUT and fails if OUTPUT differs from COMMITTED.
execute_process(COMMAND ${GENERATOR} ${INPUT} ${INPUT2} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "generator failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT} ${COMMITTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${COMMITTED} is stale: regenerate it with\n  ${GENERATOR} ${INPUT} ${INPUT2} > ${COMMITTED}")
endif()
