# suara_add_test(NAME name SOURCES ... [LIBS ...] [LABELS unit|qml|integration|check] [TIMEOUT s])
# One helper so every test runs offscreen, with a label, a timeout and a fail pattern.
function(suara_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        SUARA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SUARA_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${T_ARGS})
    suara_set_test_env(${T_NAME} "${T_LABELS}" ${T_TIMEOUT})
endfunction()

function(suara_set_test_env test labels timeout)
    set(env "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software;QT_IM_MODULE=qtvirtualkeyboard;QT_VIRTUALKEYBOARD_DESKTOP_DISABLE=1;LANG=C.UTF-8;QT_LOGGING_RULES=*.debug=false")
    if(SUARA_SANITIZE)
        # The slow unwinder sees through Qt's libraries (built without frame pointers), so a leak's
        # stack reaches the frames tests/sanitizers/lsan.supp names; the fast one stops after two.
        # libspeechd reads speech-dispatcher's voice list with strstr from the start of its buffer for
        # every line; ASan's checking strstr measures the whole buffer each time, and the list of
        # espeak-ng's voices takes past any timeout. Suara's own code calls no strstr.
        list(APPEND env "ASAN_OPTIONS=fast_unwind_on_malloc=0:intercept_strstr=0"
             "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
        math(EXPR timeout "${timeout} * 3")
        # QtTest's own watchdog (300 s per test function) likewise, or it aborts a slow function first.
        math(EXPR function_ms "${timeout} * 1000")
        list(APPEND env "QTEST_FUNCTION_TIMEOUT=${function_ms}")
    endif()
    set_tests_properties(${test} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${timeout}
        ENVIRONMENT "${env}"
        FAIL_REGULAR_EXPRESSION "FAIL!  :;Segmentation fault;AddressSanitizer")
endfunction()
