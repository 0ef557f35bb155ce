# The front end talks to application services only (docs/architecture.md): no file under ui/ includes
# a storage header (repositories, Database) except the composition root and the short allow-list below.
#   cmake -DUI_DIR=<ui folder> -P check-ui-includes.cmake
# Fails naming every offending file and line.

cmake_minimum_required(VERSION 3.20)

if(NOT UI_DIR)
    message(FATAL_ERROR "pass -DUI_DIR=<folder>")
endif()

# main.cpp builds everything; DatabaseOpener turns the command line and settings into a connection.
set(_allowed
    main.cpp
    platform/DatabaseOpener.h
    platform/DatabaseOpener.cpp
)

file(GLOB_RECURSE _files RELATIVE "${UI_DIR}" "${UI_DIR}/*.h" "${UI_DIR}/*.cpp")
list(SORT _files)
set(_offences "")
foreach(_file IN LISTS _files)
    if(_file IN_LIST _allowed)
        continue()
    endif()
    file(STRINGS "${UI_DIR}/${_file}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]storage/")
    foreach(_line IN LISTS _lines)
        string(STRIP "${_line}" _line)
        list(APPEND _offences "  ${_file}: ${_line}")
    endforeach()
endforeach()

list(LENGTH _offences _count)
if(_count GREATER 0)
    list(JOIN _offences "\n" _text)
    message(FATAL_ERROR "${_count} storage include(s) in the front end; use a service from app/services instead:\n${_text}")
endif()
message(STATUS "No storage include in ${UI_DIR} outside the allow-list.")
