global using Confidant.Identity.Accounts;
