# One place for the language standard, warnings, Qt defines and sanitizers of every Cordial target.
add_library(cordial_common_cfg INTERFACE)
target_compile_features(cordial_common_cfg INTERFACE cxx_std_17)
target_compile_definitions(cordial_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(cordial_common_cfg INTERFACE /W4 /permissive- /utf-8)
    if(CORDIAL_WERROR)
        target_compile_options(cordial_common_cfg INTERFACE /WX)
    endif()
else()
    target_compile_options(cordial_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    if(CORDIAL_WERROR)
        target_compile_options(cordial_common_cfg INTERFACE -Werror)
    endif()
endif()

if(CORDIAL_SANITIZE)
    string(REPLACE ";" "," _cordial_san "${CORDIAL_SANITIZE}")
    target_compile_options(cordial_common_cfg INTERFACE -fsanitize=${_cordial_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cordial_common_cfg INTERFACE -fsanitize=${_cordial_san})
endif()

# cordial_add_library(name SOURCES ... ) is not needed: each folder uses plain add_library plus this.
function(cordial_configure_target target)
    target_link_libraries(${target} PRIVATE cordial_common_cfg)
endfunction()
