// expect time=constant risks=file_deletion,network,system_command
#include <filesystem>
#include <spawn.h>
#include <sys/socket.h>
#include <unistd.h>

int main() {
    std::filesystem::remove_all("/tmp/x");
    char *argv[] = {nullptr};
    execve("/bin/sh", argv, argv);
    pid_t pid;
    posix_spawnp(&pid, "id", nullptr, nullptr, argv, argv);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    listen(s, 1);
    return accept(s, nullptr, nullptr);
}
