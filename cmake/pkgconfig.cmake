# Writes ${PROJECT_BINARY_DIR}/taqvim.pc, installed to <libdir>/pkgconfig,
# for builds that use pkg-config rather than CMake:
#
#   c++ -std=c++17 app.cc $(pkg-config --cflags --libs taqvim)
#
# taqvim's headers include date's (Howard Hinnant's date), which must be read
# with the definitions its compiled library was built with: those come from
# date's CMake package, as do its include directory and library.

# Relative to the .pc file, so that an install moved elsewhere (or made with
# `cmake --install --prefix`) still finds itself.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(TAQVIM_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(TAQVIM_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(TAQVIM_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH _taqvim_pc_up "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
  string(REGEX REPLACE "/$" "" _taqvim_pc_up "${_taqvim_pc_up}")
  set(TAQVIM_PC_PREFIX "\${pcfiledir}/${_taqvim_pc_up}")
  set(TAQVIM_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(TAQVIM_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()

set(_taqvim_pc_cflags "")
foreach(_taqvim_date_target date::date date::date-tz)
  get_target_property(_defs ${_taqvim_date_target} INTERFACE_COMPILE_DEFINITIONS)
  foreach(_def IN LISTS _defs)
    if(_def)
      list(APPEND _taqvim_pc_cflags "-D${_def}")
    endif()
  endforeach()
  get_target_property(_dirs ${_taqvim_date_target} INTERFACE_INCLUDE_DIRECTORIES)
  foreach(_dir IN LISTS _dirs)
    if(_dir AND NOT _dir IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
      list(APPEND _taqvim_pc_cflags "-I${_dir}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES _taqvim_pc_cflags)
list(JOIN _taqvim_pc_cflags " " TAQVIM_PC_CFLAGS)

# date's time zone library: needed by whoever links libtaqvim.a, and only by
# libtaqvim.so itself when it is shared.
get_target_property(_date_tz_location date::date-tz LOCATION)
get_filename_component(_date_tz_dir "${_date_tz_location}" DIRECTORY)
set(_taqvim_pc_deps "")
if(NOT _date_tz_dir IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
  list(APPEND _taqvim_pc_deps "-L${_date_tz_dir}")
endif()
list(APPEND _taqvim_pc_deps -ldate-tz)
if(CMAKE_THREAD_LIBS_INIT)
  list(APPEND _taqvim_pc_deps ${CMAKE_THREAD_LIBS_INIT})
endif()
list(JOIN _taqvim_pc_deps " " _taqvim_pc_deps)
if(BUILD_SHARED_LIBS)
  set(TAQVIM_PC_LIBS "")
  set(TAQVIM_PC_LIBS_PRIVATE "${_taqvim_pc_deps}")
else()
  set(TAQVIM_PC_LIBS "${_taqvim_pc_deps}")
  set(TAQVIM_PC_LIBS_PRIVATE "")
endif()

configure_file(${CMAKE_CURRENT_LIST_DIR}/taqvim.pc.in ${PROJECT_BINARY_DIR}/taqvim.pc @ONLY)
