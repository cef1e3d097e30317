// Passkeys (WebAuthn) on the account pages. A form marked data-passkey="create" or "get" is sent
// with a credential instead of typed fields: the script asks the server for options (a POST to
// data-passkey-options, with the form's antiforgery token in a header), lets the browser's
// authenticator make or use a passkey, puts the result in the form's hidden Credential field and
// submits the form. The server checks it. Messages are set with textContent only.
(() => {
  "use strict";

  // The WebAuthn JSON helpers (Chrome and Edge 129, Firefox 119, Safari 18.4) turn the server's
  // options into what the browser takes and the credential back into JSON; older browsers are
  // told to use their password rather than given a hand-rolled conversion nobody tests.
  const supported = typeof window.PublicKeyCredential === "function"
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function"
    && typeof PublicKeyCredential.prototype.toJSON === "function";

  function say(form, text) {
    const status = document.getElementById(form.dataset.passkeyStatus);
    if (status) {
      status.textContent = text;
    }
  }

  async function options(form) {
    const token = form.querySelector("input[name='__RequestVerificationToken']");
    const response = await fetch(form.dataset.passkeyOptions, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "RequestVerificationToken": token ? token.value : "" },
    });
    if (!response.ok) {
      throw new Error("The server gave no passkey options (" + response.status + ").");
    }
    return response.json();
  }

  async function ceremony(form) {
    const json = await options(form);
    if (form.dataset.passkey === "create") {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) });
    }
    return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
  }

  function explain(error, creating) {
    const otherwise = creating ? "" : ", or sign in with your password";
    switch (error && error.name) {
      case "NotAllowedError":
        return "No passkey was " + (creating ? "made" : "used") + ": the request was cancelled or timed out. Try again" + otherwise + ".";
      case "InvalidStateError":
        return "This device already has a passkey for your account.";
      case "SecurityError":
        return "Passkeys do not work at this address. Use the site's usual address" + otherwise + ".";
      default:
        return "Something went wrong with the passkey. Try again" + otherwise + ".";
    }
  }

  function wire(form) {
    const creating = form.dataset.passkey === "create";
    const button = form.querySelector("button[type='submit']");
    if (!supported) {
      say(form, "This browser cannot use passkeys here." + (creating ? "" : " Sign in with your password."));
      if (button) {
        button.disabled = true;
      }
      return;
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (button) {
        button.disabled = true;
      }
      say(form, creating ? "Follow your browser's steps to make the passkey." : "Follow your browser's steps to use your passkey.");
      try {
        const credential = await ceremony(form);
        if (!credential) {
          throw new DOMException("No credential.", "NotAllowedError");
        }
        form.querySelector("input[name='Credential']").value = JSON.stringify(credential);
        say(form, "Checking the passkey…");
        form.submit(); // a normal form post: the server answers with the next page
      } catch (error) {
        if (button) {
          button.disabled = false;
        }
        say(form, explain(error, creating));
      }
    });
  }

  document.querySelectorAll("form[data-passkey]").forEach(wire);
})();
