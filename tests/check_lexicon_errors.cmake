# Runs GENERATOR (gen_lexicon) on lexicon files that break the format and
# fails unless each is refused with its message; a well-formed "# blank:
# never" file is accepted.
file(MAKE_DIRECTORY ${WORK_DIR})
function(expect_refused name content message)
  file(WRITE ${WORK_DIR}/${name}.txt "${content}")
  execute_process(COMMAND ${GENERATOR} ${WORK_DIR}/${name}.cc ${WORK_DIR}/${name}.txt
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${name}: accepted, should be refused")
  endif()
  string(FIND "${err}${out}" "${message}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${name}: refused without \"${message}\":\n${err}${out}")
  endif()
endfunction()
expect_refused(blank_value "# kind: unit\n# blank: sometimes\nیکماه\tmonth:1\n" "'# blank:' takes only 'never'")
expect_refused(blank_in_key "# kind: unit\n# blank: never\nیک ماه\tmonth:1\n" "a key with a blank in a '# blank: never' file")
expect_refused(unit_count "# kind: unit\nیکماه\tmonth:0\n" "is not an integer in 1..100")
file(WRITE ${WORK_DIR}/glued.txt "# kind: unit\n# variety: fa\n# blank: never\nیکماه\tmonth:1\n")
execute_process(COMMAND ${GENERATOR} ${WORK_DIR}/glued.cc ${WORK_DIR}/glued.txt RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "a well-formed '# blank: never' file was refused:\n${err}")
endif()
