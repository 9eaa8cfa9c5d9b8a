# The web dashboard (web/): built with npm at build time and compiled into a target as a Qt resource
# under :/web, so suara-server serves it with nothing loaded from the internet at run time.
# Without npm the configure step fails: a server that silently ships no UI is worse than no build.
find_program(SUARA_NPM npm)
find_program(SUARA_NODE node)
if(NOT SUARA_NPM OR NOT SUARA_NODE)
    message(FATAL_ERROR "The web dashboard needs Node.js 20 and npm (Debian: apt-get install nodejs npm); "
                        "they were not found on PATH.")
endif()

set(SUARA_WEB_DIR ${PROJECT_SOURCE_DIR}/web)
set(SUARA_WEB_DIST ${CMAKE_BINARY_DIR}/web-dist)
# Fixed names (web/vite.config.ts), so the resource list is known at configure time.
set(SUARA_WEB_OUTPUTS ${SUARA_WEB_DIST}/index.html ${SUARA_WEB_DIST}/assets/app.js ${SUARA_WEB_DIST}/assets/app.css)

file(GLOB_RECURSE SUARA_WEB_SOURCES CONFIGURE_DEPENDS ${SUARA_WEB_DIR}/src/*)
set(SUARA_WEB_STAMP ${CMAKE_BINARY_DIR}/web-npm-ci.stamp)
add_custom_command(
    OUTPUT ${SUARA_WEB_STAMP}
    COMMAND ${SUARA_NPM} ci --no-audit --no-fund
    COMMAND ${CMAKE_COMMAND} -E touch ${SUARA_WEB_STAMP}
    DEPENDS ${SUARA_WEB_DIR}/package.json ${SUARA_WEB_DIR}/package-lock.json
    WORKING_DIRECTORY ${SUARA_WEB_DIR}
    COMMENT "npm ci (web dashboard dependencies, pinned by web/package-lock.json)"
    VERBATIM)
add_custom_command(
    OUTPUT ${SUARA_WEB_OUTPUTS}
    COMMAND ${CMAKE_COMMAND} -E env SUARA_WEB_OUT=${SUARA_WEB_DIST} ${SUARA_NPM} run build
    DEPENDS ${SUARA_WEB_STAMP} ${SUARA_WEB_SOURCES} ${SUARA_WEB_DIR}/index.html ${SUARA_WEB_DIR}/vite.config.ts
            ${SUARA_WEB_DIR}/tsconfig.json
    WORKING_DIRECTORY ${SUARA_WEB_DIR}
    COMMENT "Building the web dashboard (tsc + vite)"
    VERBATIM)
add_custom_target(suara_web DEPENDS ${SUARA_WEB_OUTPUTS})

function(suara_embed_web_dashboard target)
    add_dependencies(${target} suara_web)
    qt_add_resources(${target} suara_web_dashboard
        PREFIX /web
        BASE ${SUARA_WEB_DIST}
        FILES ${SUARA_WEB_OUTPUTS})
endfunction()
