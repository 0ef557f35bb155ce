#pragma once

class MainWindow;

/// Test-only behaviour for tests and scripts that drive the real program. Only the test build of the program,
/// `cordial_test_program` (tests/support/CMakeLists.txt), links it: the shipped `cordial` has none of it.
/// All of it is off unless an environment variable asks for it, and none of it changes what the program
/// stores:
///   CORDIAL_TEST_AUTOTYPE=TEXT   start a call with the first customer, type TEXT into the request field
///                                and the notes with key events, print "typed" once both are saved (F20 test);
///   CORDIAL_TEST_RECOVERY=accept|decline  answer the resume question without a dialog and print
///                                "recovered {json}" with the notes and request as the window shows them;
///   CORDIAL_TEST_SCENE=hold|restate  set up a call for the screenshots (scripts/screenshots.sh) and print
///                                "scene ready"; =history opens the customer CORDIAL_TEST_CUSTOMER finds and
///                                expands a call's timeline (CORDIAL_TEST_HISTORY_FILTER="phone:words" filters);
///   CORDIAL_TEST_ANNOUNCE=1      print "ready" once the window is up, and "call {json}" when a call starts
///                                (single-instance test).
class TestHooks final
{
public:
    /// Installs whatever the environment asks for. Call after the window's start-up work is scheduled
    /// (recovery runs first) and before the event loop.
    static void install(MainWindow& window);
};
