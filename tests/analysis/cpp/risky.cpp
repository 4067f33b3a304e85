// expect time=constant risks=file_deletion,network,system_command
#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>
#include <unistd.h>

int main() {
    system("rm -rf /tmp/x");
    FILE *p = popen("ls", "r");
    pclose(p);
    remove("/etc/passwd");
    unlink("/tmp/y");
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (fork() == 0) execlp("sh", "sh", "-c", "id", (char *)0);
    return s;
}
