// 随机抽取 ceremony: the projector screen of the draw room, polled while the draw is live (R-19 … R-21).
import { DownloadOutlined, FileTextOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, ConfigProvider, Flex, Row, Statistic, theme } from 'antd';
import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { DrawStatusTag } from '../../../components/draw-tags.tsx';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { WitnessCode } from '../../../services/types.ts';
import ChangeSection from '../components/change-section.tsx';
import DigestList from '../components/digest-list.tsx';
import ParticipantsTable from '../components/participants-table.tsx';
import ReplacementsTable from '../components/replacements-table.tsx';
import ResultView from '../components/result-view.tsx';
import StatementView from '../components/statement-view.tsx';
import { useDraw } from '../hooks/use-draw.ts';
import { bundleUrl } from '../service.ts';
import CeremonySteps from './components/ceremony-steps.tsx';
import CodesModal from './components/codes-modal.tsx';
import DrawerActions from './components/drawer-actions.tsx';
import MyPart from './components/my-part.tsx';

export default function CeremonyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const screen = useRef<HTMLDivElement>(null);
  const { draw, error, loading, update, reload } = useDraw(id);
  const passed = (location.state as { codes?: WitnessCode[] } | null)?.codes;
  const [codes, setCodes] = useState(passed);

  if (loading && !draw) return <PageLoading />;
  if (!draw) return <NotFound subTitle={error?.message} />;
  const done = draw.status === 'confirmed';

  return (
    <PageContainer
      title={t('menu.draws.ceremony')}
      subTitle={draw.drawId}
      backTo={`/tasks/${draw.taskId}`}
      extra={
        <>
          <Button icon={<FullscreenOutlined />} onClick={() => void screen.current?.requestFullscreen?.()}>
            {t('ceremony.projector')}
          </Button>
          {draw.result && (
            <Button
              icon={<DownloadOutlined />}
              href={bundleUrl(draw.id)}
              download={`${draw.drawId}.bundle.json`}
            >
              {t('record.bundle')}
            </Button>
          )}
          {done && (
            <Link to={`/draws/${draw.id}/record`}>
              <Button type="primary" icon={<FileTextOutlined />}>
                {t('record.open')}
              </Button>
            </Link>
          )}
        </>
      }
    >
      <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { fontSize: 16 } }}>
        <div className="ceremony" ref={screen}>
          <Flex align="center" gap={16} wrap style={{ marginBottom: 16 }}>
            <h1>{draw.taskCode}</h1>
            <span className="ceremony-big">{draw.drawId}</span>
            <DrawStatusTag status={draw.status} />
            <span style={{ opacity: 0.7 }}>{draw.suite}</span>
          </Flex>
          <CeremonySteps status={draw.status} />
          <Row gutter={16} style={{ margin: '20px 0' }}>
            {(
              [
                [t('task.drawDate'), draw.drawDate],
                [t('task.poolSize'), draw.poolSize],
                [t('task.eligible'), draw.eligible],
                [t('ceremony.participants'), draw.participants.length],
              ] as const
            ).map(([title, value]) => (
              <Col key={title} xs={12} md={6}>
                <Statistic
                  title={<span className="ceremony-big">{title}</span>}
                  value={value}
                  groupSeparator=""
                />
              </Col>
            ))}
          </Row>
          {draw.status === 'aborted' && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('ceremony.abortedTitle')}
              description={
                <>
                  {draw.abortReason} <Link to={`/tasks/${draw.taskId}`}>{t('ceremony.toTask')}</Link>
                </>
              }
            />
          )}
          <Row gutter={16}>
            <Col xs={24} xl={13}>
              <Card
                size="small"
                title={<span className="ceremony-big">{t('ceremony.digests')}</span>}
                style={{ marginBottom: 16 }}
              >
                <DigestList digests={draw.digests} big />
              </Card>
            </Col>
            <Col xs={24} xl={11}>
              <Card
                size="small"
                title={<span className="ceremony-big">{t('ceremony.participants')}</span>}
                style={{ marginBottom: 16 }}
              >
                <ParticipantsTable participants={draw.participants} big />
              </Card>
            </Col>
          </Row>
          <MyPart draw={draw} onUpdate={update} />
          <div style={{ marginBottom: 16 }}>
            <DrawerActions draw={draw} onUpdate={update} onError={reload} />
          </div>
          {draw.result && (
            <Card
              size="small"
              title={<span className="ceremony-big">{t('ceremony.result')}</span>}
              style={{ marginBottom: 16 }}
            >
              <ResultView draw={draw} animate big />
            </Card>
          )}
          {draw.statementDigest && (
            <Card
              size="small"
              title={<span className="ceremony-big">{t('ceremony.statement')}</span>}
              style={{ marginBottom: 16 }}
            >
              <StatementView statement={draw.statement} digest={draw.statementDigest} big />
            </Card>
          )}
          {done && (
            <Card size="small" title={<span className="ceremony-big">{t('change.replacements')}</span>}>
              <ReplacementsTable draw={draw} />
            </Card>
          )}
        </div>
      </ConfigProvider>
      {done && <ChangeSection draw={draw} onChanged={reload} />}
      {codes && codes.length > 0 && (
        <CodesModal
          codes={codes}
          drawId={draw.drawId}
          taskCode={draw.taskCode}
          onClose={() => {
            // Shown once: the history entry forgets the codes, so a reload does not show them again.
            setCodes(undefined);
            void navigate(location.pathname, { replace: true, state: null });
          }}
        />
      )}
    </PageContainer>
  );
}
