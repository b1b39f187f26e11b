package dev.surety.cli.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The {@code workspace/*} notifications: files changed on disk, workspace folders. */
final class SuretyWorkspaceService implements WorkspaceService {

  private final SuretyLanguageServer server;

  SuretyWorkspaceService(SuretyLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // no settings yet
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    if (params.getChanges() != null) {
      params.getChanges().stream().map(FileEvent::getUri).distinct().forEach(server::fileChanged);
    }
  }

  @Override
  public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
    if (params.getEvent() == null) {
      return;
    }
    if (params.getEvent().getRemoved() != null) {
      params.getEvent().getRemoved().stream().map(WorkspaceFolder::getUri)
          .forEach(server.workspace()::removeFolder);
    }
    if (params.getEvent().getAdded() != null) {
      params.getEvent().getAdded().stream().map(WorkspaceFolder::getUri)
          .forEach(server.workspace()::addFolder);
    }
    server.foldersChanged();
  }
}
