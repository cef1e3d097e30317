global using Confidant.Dialog.Understanding;
