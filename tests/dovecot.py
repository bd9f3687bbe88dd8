"""A real Dovecot IMAP server for tests: its own config, users and Maildirs in a temporary folder, on loopback.

Runs in the foreground (``-F``) as a child of the test, as whatever user runs the tests (root in CI): every
service and mail user is that same user, so no system account or system config is touched. Skips when the
``dovecot`` binary is absent, unless CRM_REQUIRE_POSTGRES=1 ("servers are required"), where it fails.
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "office", "s3cret-pass"
_BINARY_PATHS = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


@dataclass
class Dovecot:
    host: str
    port: int
    user: str
    password: str
    root: Path
    ssl_port: int = 0  # implicit TLS (IMAPS), when started with tls=True

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        """Deliver a message the way a mail client would: IMAP APPEND."""
        from crm_desktop.services.imap_utf7 import encode_folder

        name = '"' + encode_folder(folder) + '"'  # "مشتریان" or "Sent Items" as the server wants it
        with imaplib.IMAP4(self.host, self.port, timeout=10) as imap:
            imap.login(self.user, self.password)
            if folder != "INBOX":
                imap.create(name)  # NO when it exists already: fine
            status, detail = imap.append(name, None, None, raw)
            assert status == "OK", detail

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or next((p for p in _BINARY_PATHS if os.access(p, os.X_OK)), None)
    if found is None:
        reason = "the dovecot binary is absent (Debian package dovecot-imapd)"
        if os.environ.get("CRM_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"CRM_REQUIRE_POSTGRES=1 (servers are required) but {reason}")
        pytest.skip(reason)
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _unprivileged(names: tuple[str, ...]) -> pwd.struct_passwd:
    """Dovecot refuses root for its login process and as a mail user: under root, use its own users."""
    if os.getuid() != 0:
        return pwd.getpwuid(os.getuid())
    for name in names:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    pytest.fail(f"running as root and none of the users {', '.join(names)} exists for Dovecot")


def _config(root: Path, run_dir: Path, port: int, mail_uid: int) -> str:
    me = pwd.getpwuid(os.getuid()).pw_name
    group = grp.getgrgid(os.getgid()).gr_name
    return f"""
base_dir = {run_dir}
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {me}
default_internal_group = {group}
default_login_user = {_unprivileged(("dovenull", "nobody")).pw_name}
first_valid_uid = {mail_uid}
mail_location = maildir:{run_dir}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    user = {me}
  }}
  unix_listener stats-writer {{
    user = {me}
  }}
}}
"""


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (and its key), for SSL/STARTTLS tests; the test trusts it explicitly."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@contextmanager
def running_dovecot(root: Path, tls: bool = False) -> Iterator[Dovecot]:
    """Plain IMAP on ``port``; with ``tls``, STARTTLS there too and implicit TLS on ``ssl_port``."""
    binary = dovecot_binary()
    root.mkdir(parents=True, exist_ok=True)
    (root / "state").mkdir(exist_ok=True)
    # Sockets live here: a short path (unix socket names are limited to ~100 bytes) that the login user
    # can traverse (pytest's tmp_path parents are private to the test user).
    run_dir = Path(tempfile.mkdtemp(prefix="crm-dovecot-"))
    run_dir.chmod(0o755)
    mail_user = _unprivileged(("dovecot", "nobody"))
    for sub in ("mail", "home"):
        (run_dir / sub).mkdir()
        os.chown(run_dir / sub, mail_user.pw_uid, mail_user.pw_gid)
    port = _free_port()
    uid, gid = mail_user.pw_uid, mail_user.pw_gid
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{run_dir}/home::\n", encoding="utf-8")
    conf = root / "dovecot.conf"
    config = _config(root, run_dir, port, uid)
    ssl_port = 0
    if tls:
        cert, key = self_signed_certificate(root)
        ssl_port = _free_port()
        config = config.replace("ssl = no", f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}")
        imaps = f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {ssl_port}"
        config = config.replace("  inet_listener imaps {\n    port = 0", imaps)
    conf.write_text(config, encoding="utf-8")
    process = subprocess.Popen([binary, "-F", "-c", str(conf)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    server = Dovecot("127.0.0.1", port, USER, PASSWORD, root, ssl_port)
    try:
        deadline = time.monotonic() + 15
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                raise RuntimeError(f"dovecot exited ({process.returncode}): {output}\n{server.log()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"dovecot did not listen on {port}:\n{server.log()}") from None
                time.sleep(0.05)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()
        shutil.rmtree(run_dir, ignore_errors=True)
