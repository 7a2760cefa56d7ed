// stdlib/termios_module.cpp — the `termios` module (library reference
// "termios — POSIX style tty control"): tcgetattr/tcsetattr (attributes as
// [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]), tcsendbreak, tcdrain,
// tcflush, tcflow, tcgetwinsize/tcsetwinsize, termios.error and the
// constants tty.py and getpass.py use.
// Must never: change a terminal before making the transaction inevitable.
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_errors.h"
#include "stdlib/posix_support.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_termios_error;


Error termios_error(ThreadState& ts, int err) {
  return raise_code_and_message(ts, g_termios_error, err, std::strerror(err));
}

Result<Value> termios_tcgetattr(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  termios t;
  if (::tcgetattr(fd, &t) != 0) return termios_error(ts, errno);
  Value cc = list_new();
  for (int i = 0; i < NCCS; ++i) {
    char c = static_cast<char>(t.c_cc[i]);
    list_append(cc, bytes_from(&c, 1));
  }
  // Non-canonical mode: VMIN and VTIME are counts, not characters.
  if (!(t.c_lflag & ICANON)) {
    list_set(cc, VMIN, Value::small_int(t.c_cc[VMIN]));
    list_set(cc, VTIME, Value::small_int(t.c_cc[VTIME]));
  }
  Value out = list_new();
  for (int64_t v : {static_cast<int64_t>(t.c_iflag), static_cast<int64_t>(t.c_oflag), static_cast<int64_t>(t.c_cflag),
                    static_cast<int64_t>(t.c_lflag), static_cast<int64_t>(cfgetispeed(&t)),
                    static_cast<int64_t>(cfgetospeed(&t))})
    list_append(out, int_from_int64(v));
  list_append(out, cc);
  return out;
}

Result<Value> termios_tcsetattr(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  int when = static_cast<int>(PY_TRY(index_as_ssize(ts, args[1])));
  Value attrs = args[2];
  if (!is_list(attrs) || list_size(attrs) != 7)
    return raise_type_error(ts, "tcsetattr, arg 3: must be 7 element list");
  termios t;
  if (::tcgetattr(fd, &t) != 0) return termios_error(ts, errno);
  int64_t f[6];
  for (int i = 0; i < 6; ++i) f[i] = PY_TRY(index_as_ssize(ts, list_get(attrs, i)));
  t.c_iflag = static_cast<tcflag_t>(f[0]);
  t.c_oflag = static_cast<tcflag_t>(f[1]);
  t.c_cflag = static_cast<tcflag_t>(f[2]);
  t.c_lflag = static_cast<tcflag_t>(f[3]);
  Value cc = list_get(attrs, 6);
  if (!is_list(cc) || list_size(cc) != NCCS)
    return raise_type_error(ts, "tcsetattr: attributes[6] must be %d element list", NCCS);
  for (int i = 0; i < NCCS; ++i) {
    Value c = list_get(cc, i);
    if (is_bytes_value(c) && bytes_size(c) == 1) t.c_cc[i] = bytes_data(c)[0];
    else if (is_int(c)) t.c_cc[i] = static_cast<cc_t>(PY_TRY(index_as_ssize(ts, c)));
    else return raise_type_error(ts, "tcsetattr: elements of attributes must be characters or integers");
  }
  if (cfsetispeed(&t, static_cast<speed_t>(f[4])) != 0 || cfsetospeed(&t, static_cast<speed_t>(f[5])) != 0)
    return termios_error(ts, errno);
  PY_TRY(enter_inevitable(ts));
  if (::tcsetattr(fd, when, &t) != 0) return termios_error(ts, errno);
  return g_none;
}

template <int Which>
Result<Value> termios_simple(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  int arg = args.nargs > 1 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  PY_TRY(enter_inevitable(ts));
  int r = Which == 0 ? ::tcsendbreak(fd, arg) : Which == 1 ? ::tcdrain(fd) : Which == 2 ? ::tcflush(fd, arg)
                                                                                         : ::tcflow(fd, arg);
  if (r != 0) return termios_error(ts, errno);
  return g_none;
}

Result<Value> termios_tcgetwinsize(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return termios_error(ts, errno);
  return tuple_pack({Value::small_int(w.ws_row), Value::small_int(w.ws_col)});
}

Result<Value> termios_tcsetwinsize(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  Value seq = PY_TRY(sequence_to_list(ts, args[1]));
  if (list_size(seq) != 2) return raise_type_error(ts, "tcsetwinsize, arg 2: must be a two-item sequence");
  winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return termios_error(ts, errno);
  w.ws_row = static_cast<unsigned short>(PY_TRY(index_as_ssize(ts, list_get(seq, 0))));
  w.ws_col = static_cast<unsigned short>(PY_TRY(index_as_ssize(ts, list_get(seq, 1))));
  PY_TRY(enter_inevitable(ts));
  if (::ioctl(fd, TIOCSWINSZ, &w) != 0) return termios_error(ts, errno);
  return g_none;
}

const NativeMethod kFunctions[] = {
    {"tcgetattr", termios_tcgetattr, 1, 1, kNativeNoKeywords, nullptr},
    {"tcsetattr", termios_tcsetattr, 3, 3, kNativeNoKeywords, nullptr},
    {"tcsendbreak", termios_simple<0>, 2, 2, kNativeNoKeywords, nullptr},
    {"tcdrain", termios_simple<1>, 1, 1, kNativeNoKeywords, nullptr},
    {"tcflush", termios_simple<2>, 2, 2, kNativeNoKeywords, nullptr},
    {"tcflow", termios_simple<3>, 2, 2, kNativeNoKeywords, nullptr},
    {"tcgetwinsize", termios_tcgetwinsize, 1, 1, kNativeNoKeywords, nullptr},
    {"tcsetwinsize", termios_tcsetwinsize, 2, 2, kNativeNoKeywords, nullptr},
};

#define TC(name) {#name, name}
const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    TC(TCSANOW), TC(TCSADRAIN), TC(TCSAFLUSH), TC(TCIFLUSH), TC(TCOFLUSH), TC(TCIOFLUSH), TC(TCOOFF), TC(TCOON),
    TC(TCIOFF), TC(TCION), TC(IGNBRK), TC(BRKINT), TC(IGNPAR), TC(PARMRK), TC(INPCK), TC(ISTRIP), TC(INLCR),
    TC(IGNCR), TC(ICRNL), TC(IUCLC), TC(IXON), TC(IXANY), TC(IXOFF), TC(IMAXBEL), TC(OPOST), TC(OLCUC), TC(ONLCR),
    TC(OCRNL), TC(ONOCR), TC(ONLRET), TC(OFILL), TC(OFDEL), TC(NLDLY), TC(CRDLY), TC(TABDLY), TC(BSDLY), TC(VTDLY),
    TC(FFDLY), TC(CSIZE), TC(CSTOPB), TC(CREAD), TC(PARENB), TC(PARODD), TC(HUPCL), TC(CLOCAL), TC(CRTSCTS),
    TC(CS5), TC(CS6), TC(CS7), TC(CS8), TC(ISIG), TC(ICANON), TC(ECHO), TC(ECHOE), TC(ECHOK), TC(ECHONL),
    TC(ECHOCTL), TC(ECHOPRT), TC(ECHOKE), TC(FLUSHO), TC(NOFLSH), TC(TOSTOP), TC(PENDIN), TC(IEXTEN), TC(VINTR),
    TC(VQUIT), TC(VERASE), TC(VKILL), TC(VEOF), TC(VTIME), TC(VMIN), TC(VSWTC), TC(VSTART), TC(VSTOP), TC(VSUSP),
    TC(VEOL), TC(VREPRINT), TC(VDISCARD), TC(VWERASE), TC(VLNEXT), TC(VEOL2), TC(NCCS), TC(B0), TC(B50), TC(B75),
    TC(B110), TC(B134), TC(B150), TC(B200), TC(B300), TC(B600), TC(B1200), TC(B1800), TC(B2400), TC(B4800),
    TC(B9600), TC(B19200), TC(B38400), TC(B57600), TC(B115200), TC(B230400), TC(CBAUD), TC(CBAUDEX),
    TC(TIOCGWINSZ), TC(TIOCSWINSZ), TC(TIOCGPGRP), TC(TIOCSPGRP), TC(TIOCSCTTY), TC(TIOCNOTTY), TC(TIOCOUTQ),
    TC(TIOCSTI), TC(FIONREAD), TC(FIONBIO), TC(FIOCLEX), TC(FIONCLEX), TC(TCGETS), TC(TCSETS), TC(TCFLSH),
    TC(TCXONC), TC(TCSBRK),
};
#undef TC

}  // namespace

Result<Value> create_termios_module(ThreadState& ts) {
  PY_TRY(module_exception_class(ts, &g_termios_error, "termios", "error", g_exc_Exception));
  Value module = module_new(str_intern("termios"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  module_set(module, "error", g_termios_error);
  return module;
}

}  // namespace pystm
