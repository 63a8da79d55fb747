// A model of a disk that keeps only what was synced, for the power-cut test. Preloaded into the process under
// test (LD_PRELOAD), it wraps fsync and fdatasync: when a file inside YD_WATCH_DIR is synced, its whole content
// at that moment is copied to YD_SYNCED_DIR (to a temporary name, then renamed, so a copy is never half made).
// A file deleted (unlink) loses its copy too: metadata is taken to be durable, only file data is not.
// After the process is killed, YD_SYNCED_DIR holds exactly what a power cut would have left on the disk.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/** The copy's path for a watched file's path, or 0 when the file is not watched. */
static int synced_path(const char *path, char *dst, size_t size, char *tmp, size_t tsize) {
  const char *watch = getenv("YD_WATCH_DIR"), *synced = getenv("YD_SYNCED_DIR");
  if (!watch || !synced) return 0;
  size_t wlen = strlen(watch);
  if (strncmp(path, watch, wlen) != 0 || path[wlen] != '/') return 0;
  const char *name = path + wlen + 1;
  if (strchr(name, '/')) return 0;
  snprintf(dst, size, "%s/%s", synced, name);
  if (tmp) snprintf(tmp, tsize, "%s/.%s.part", synced, name);
  return 1;
}

int unlink(const char *path) {
  static int (*real)(const char *);
  if (!real) real = (int (*)(const char *))dlsym(RTLD_NEXT, "unlink");
  int rc = real(path);
  char dst[PATH_MAX];
  if (rc == 0 && synced_path(path, dst, sizeof dst, 0, 0)) {
    real(dst);
  }
  return rc;
}

static void copy_synced(int fd) {
  char link[64], path[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return;
  path[n] = 0;
  char tmp[PATH_MAX], dst[PATH_MAX];
  if (!synced_path(path, dst, sizeof dst, tmp, sizeof tmp)) return;
  int in = open(path, O_RDONLY), out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (in >= 0 && out >= 0) {
    char buf[65536];
    ssize_t r;
    while ((r = read(in, buf, sizeof buf)) > 0) {
      if (write(out, buf, (size_t)r) != r) break;
    }
  }
  if (in >= 0) close(in);
  if (out >= 0) {
    close(out);
    rename(tmp, dst);
  }
}

int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  int rc = real(fd);
  if (rc == 0) copy_synced(fd);
  return rc;
}

int fdatasync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  int rc = real(fd);
  if (rc == 0) copy_synced(fd);
  return rc;
}
