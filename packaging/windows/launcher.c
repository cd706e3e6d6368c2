/* Klausul's Windows launchers: Klausul.exe (windowed, built with KLAUSUL_GUI) and
 * bin\klausul.exe (console). Each loads the bundled embeddable CPython from runtime\ and runs
 * `python -I -X utf8 -m app ARGS...`, returning Python's exit code.
 *
 * -I (isolated): PYTHONPATH, PYTHONHOME and the user's site-packages of any other Python on
 *    the machine are ignored, and the current folder is not put on sys.path, so a folder named
 *    `app` where the user happens to be cannot replace ours.
 * -X utf8: files and pipes default to UTF-8 instead of the ANSI code page.
 * sys.path comes from runtime\python313._pth, next to the DLL.
 */
#define WIN32_LEAN_AND_MEAN
#ifndef UNICODE
#define UNICODE
#endif
#ifndef _UNICODE
#define _UNICODE
#endif
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#ifndef RUNTIME_FROM_EXE
#define RUNTIME_FROM_EXE L"runtime"
#endif
#define PYTHON_DLL L"python313.dll"
#define EXIT_LAUNCH_FAILED 120

typedef int(__cdecl *py_main_fn)(int, wchar_t **);

static int fail(const wchar_t *what, const wchar_t *path)
{
    wchar_t message[2 * MAX_PATH + 200];
    DWORD code = GetLastError();
    _snwprintf(message, sizeof message / sizeof message[0],
               L"Klausul kan inte starta / Klausul cannot start:\n%ls\n%ls\n(Windows error %lu)",
               what, path, (unsigned long)code);
    message[sizeof message / sizeof message[0] - 1] = L'\0';
#ifdef KLAUSUL_GUI
    MessageBoxW(NULL, message, L"Klausul", MB_ICONERROR | MB_OK);
#else
    fwprintf(stderr, L"klausul: %ls\n", message);
#endif
    return EXIT_LAUNCH_FAILED;
}

static int launch(void)
{
    wchar_t exe[32768], joined[32768], runtime[32768], dll[32768];
    DWORD length = GetModuleFileNameW(NULL, exe, sizeof exe / sizeof exe[0]);
    if (length == 0 || length >= sizeof exe / sizeof exe[0])
        return fail(L"own path unknown", L"");
    wcscpy(joined, exe);
    wchar_t *slash = wcsrchr(joined, L'\\');
    if (slash == NULL)
        return fail(L"own path unknown", exe);
    wcscpy(slash + 1, RUNTIME_FROM_EXE);
    if (GetFullPathNameW(joined, sizeof runtime / sizeof runtime[0], runtime, NULL) == 0)
        return fail(L"runtime folder not found", joined);
    _snwprintf(dll, sizeof dll / sizeof dll[0], L"%ls\\%ls", runtime, PYTHON_DLL);
    dll[sizeof dll / sizeof dll[0] - 1] = L'\0';

    /* The DLL's own folder is searched for its dependencies (vcruntime140.dll). */
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (python == NULL)
        return fail(L"cannot load", dll);
    py_main_fn py_main = (py_main_fn)(void (*)(void))GetProcAddress(python, "Py_Main");
    if (py_main == NULL)
        return fail(L"Py_Main missing in", dll);

    int given = 0;
    wchar_t **args = CommandLineToArgvW(GetCommandLineW(), &given);
    if (args == NULL)
        return fail(L"cannot read the command line", L"");
    static wchar_t *fixed[] = {L"-I", L"-X", L"utf8", L"-m", L"app"};
    const int nfixed = (int)(sizeof fixed / sizeof fixed[0]);
    int count = 1 + nfixed + (given > 1 ? given - 1 : 0);
    wchar_t **argv = calloc((size_t)count + 1, sizeof *argv);
    if (argv == NULL)
        return fail(L"out of memory", L"");
    argv[0] = exe;
    for (int i = 0; i < nfixed; i++)
        argv[1 + i] = fixed[i];
    for (int i = 1; i < given; i++)
        argv[nfixed + i] = args[i];
    return py_main(count, argv);
}

#ifdef KLAUSUL_GUI
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command, int show)
{
    (void)instance; (void)previous; (void)command; (void)show;
    return launch();
}
#else
int wmain(void)
{
    return launch();
}
#endif
