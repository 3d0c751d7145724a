# Builds and runs the consumer of tests/install-test against taqvim, got in
# the way MODE names:
#   install       cmake --install into a scratch prefix, then find_package;
#                 and, when pkg-config is there, a plain compiler command
#                 with the flags of the installed taqvim.pc
#   build_tree    find_package of the build directory itself (its export())
#   subdirectory  add_subdirectory of the sources, as a shared library
#   fetchcontent  FetchContent of an archive of the sources, made here
# Arguments: MODE SOURCE_DIR BINARY_DIR WORK_DIR CONSUMER_DIR CXX, and
# SANITIZE when the taqvim built here is (its objects then need the
# sanitizers' run-time libraries in the consumer too).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(expected "2023-08-06\n1 2023-08-06\n")
set(sanitize_flags "")
if(SANITIZE AND MODE MATCHES "^(install|build_tree)$")
  set(sanitize_flags -fsanitize=address,undefined)
endif()

function(run_consumer program)
  execute_process(COMMAND ${program} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
    message(FATAL_ERROR "${program} printed '${out}' (status ${rc}), expected '${expected}'")
  endif()
endfunction()

function(build_consumer)
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${WORK_DIR}/build
                  -DCMAKE_CXX_COMPILER=${CXX} "-DCMAKE_CXX_FLAGS=${sanitize_flags}" ${ARGN}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer configure failed")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/build RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer build failed")
  endif()
  run_consumer(${WORK_DIR}/build/consumer)
endfunction()

if(MODE STREQUAL "install")
  execute_process(COMMAND ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${WORK_DIR}/prefix
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "install failed")
  endif()
  build_consumer(-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)

  find_program(PKG_CONFIG pkg-config)
  if(PKG_CONFIG)
    file(GLOB_RECURSE pc_files ${WORK_DIR}/prefix/taqvim.pc)
    if(NOT pc_files)
      message(FATAL_ERROR "no taqvim.pc installed")
    endif()
    get_filename_component(pc_dir "${pc_files}" DIRECTORY)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${pc_dir}
                            ${PKG_CONFIG} --cflags --libs taqvim
                    OUTPUT_VARIABLE flags RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "pkg-config failed on ${pc_files}")
    endif()
    separate_arguments(flags UNIX_COMMAND "${flags}")
    execute_process(COMMAND ${CXX} -std=c++17 ${sanitize_flags} ${CONSUMER_DIR}/consumer.cc ${flags}
                            -o ${WORK_DIR}/pc-consumer
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "compiling with the flags of taqvim.pc failed: ${flags}")
    endif()
    run_consumer(${WORK_DIR}/pc-consumer)
  else()
    message(STATUS "no pkg-config: taqvim.pc not tried")
  endif()
elseif(MODE STREQUAL "build_tree")
  build_consumer(-Dtaqvim_DIR=${BINARY_DIR})
elseif(MODE STREQUAL "subdirectory")
  # No build type: the consumer's (empty) one must stay.
  build_consumer(-DTAQVIM_CONSUME=add_subdirectory -DTAQVIM_SOURCE_DIR=${SOURCE_DIR}
                 -DBUILD_SHARED_LIBS=ON -DEXPECTED_BUILD_TYPE=)
  file(GLOB sonames ${WORK_DIR}/build/taqvim/libtaqvim.so.*)
  if(UNIX AND NOT APPLE AND NOT sonames)
    message(FATAL_ERROR "no versioned libtaqvim.so.* in ${WORK_DIR}/build/taqvim")
  endif()
elseif(MODE STREQUAL "fetchcontent")
  # The sources as a release archive would hold them: the tree without its
  # build directories and version control.
  file(GLOB entries RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*)
  list(FILTER entries EXCLUDE REGEX "^(build.*|\\..*)$")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar czf ${WORK_DIR}/taqvim.tar.gz -- ${entries}
                  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "making the source archive failed")
  endif()
  file(SHA256 ${WORK_DIR}/taqvim.tar.gz sha256)
  build_consumer(-DTAQVIM_CONSUME=fetchcontent -DTAQVIM_URL=${WORK_DIR}/taqvim.tar.gz
                 -DTAQVIM_URL_SHA256=${sha256} -DCMAKE_BUILD_TYPE=Debug -DEXPECTED_BUILD_TYPE=Debug)
else()
  message(FATAL_ERROR "MODE: unknown '${MODE}'")
endif()
