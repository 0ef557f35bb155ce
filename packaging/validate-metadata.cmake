# Validates the configured desktop file and AppStream metainfo.
# Usage: cmake -DDESKTOP_FILE=<file> -DMETAINFO_FILE=<file> -P validate-metadata.cmake
# desktop-file-validate exits 0 even when it reports errors, so any output at all is a failure.
# A missing validator prints "SKIPPED:" (the CTest test maps that to a skip) instead of failing.

foreach(var DESKTOP_FILE METAINFO_FILE)
    if(NOT DEFINED ${var} OR NOT EXISTS "${${var}}")
        message(FATAL_ERROR "validate-metadata: ${var} is not set or does not exist: '${${var}}'")
    endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    message("SKIPPED: desktop-file-validate or appstreamcli not found (desktop-file-utils, appstream)")
    return()
endif()

set(failed FALSE)

execute_process(
    COMMAND "${DESKTOP_FILE_VALIDATE}" "${DESKTOP_FILE}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
string(STRIP "${out}" out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message("desktop-file-validate ${DESKTOP_FILE} (exit ${rc}):\n${out}")
    set(failed TRUE)
else()
    message("desktop-file-validate: ${DESKTOP_FILE} is valid")
endif()

# --no-net: no URL checks, so the test works offline. Warnings and errors both fail (pedantic
# hints do not).
execute_process(
    COMMAND "${APPSTREAMCLI}" validate --no-net --no-color "${METAINFO_FILE}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message("appstreamcli validate ${METAINFO_FILE} (exit ${rc}):\n${out}")
    set(failed TRUE)
else()
    message("appstreamcli validate: ${METAINFO_FILE} is valid\n${out}")
endif()

if(failed)
    message(FATAL_ERROR "validate-metadata: the desktop metadata has problems (see above)")
endif()
