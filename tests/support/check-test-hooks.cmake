# Checks whether a program carries the test hooks (tests/support/TestHooks.cpp): the shipped `cordial`
# must not (EXPECT=none), the test build of the program must (EXPECT=some, which also shows that the
# check would see them). Usage: cmake -DPROGRAM=<file> -DEXPECT=none|some -P check-test-hooks.cmake
if(NOT EXISTS "${PROGRAM}")
    message(FATAL_ERROR "no program at ${PROGRAM}")
endif()
file(STRINGS "${PROGRAM}" _hooks REGEX "CORDIAL_TEST_(AUTOTYPE|RECOVERY|SCENE|ANNOUNCE)|TestHooks")
list(LENGTH _hooks _count)
if(EXPECT STREQUAL "none" AND _count GREATER 0)
    list(GET _hooks 0 _first)
    message(FATAL_ERROR "${PROGRAM} contains test hooks (${_count} strings, e.g. \"${_first}\")")
elseif(EXPECT STREQUAL "some" AND _count EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} has no test hooks: the check would not see them")
endif()
message(STATUS "${PROGRAM}: ${_count} test-hook strings, as expected (${EXPECT})")
